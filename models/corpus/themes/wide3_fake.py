# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Third wide pass on the fake-news boundary: fabricated posts next to the posts the model wrongly flags.

Positives are invented notices (ministry, province, school), health hoaxes and miracle cures,
disaster rumours, scam giveaways, fake jobs abroad, task and crypto scams, doctored quotes of
officials named only by role, election falsehoods and "share before it's deleted" chains; some are
calm, link-free or written in the style of an official notice. Negatives are sharp but factual
political criticism, real official warnings that quote the scam wording they warn about,
fact-checks and chat replies that repeat a rumour to correct it, news reports on scams and abuse,
correct health advice, and genuine but urgent-sounding community posts, promotions and job adverts.
Every claim in the positives is false on purpose; people are invented, organisations fictional or
generic, and officials appear only by role. All themes live in the "wide3" split stratum."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide3"

THEMES: list[Theme] = []


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


# ---------------------------------------------------------------------------------------------
# Positives: fabricated notices (ministry, province, school)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-pos-notices",
    fake_news=1,
    km=[
        "សាលាខេត្តកំពង់ចាម\nសេចក្ដីជូនដំណឹង\nចាប់ពីថ្ងៃទី១៥ ខែនេះ តទៅ ម៉ូតូដែលគ្មានស្លាកលេខ នឹងត្រូវរឹបអូសភ្លាមៗ ដោយមិនអនុញ្ញាតឲ្យបង់ពិន័យឡើយ។ ម្ចាស់យានយន្តត្រូវយកម៉ូតូទៅចុះបញ្ជីនៅសាលាខេត្តតែប៉ុណ្ណោះ ក្នុងតម្លៃ ៨០ ដុល្លារ។",
        "ក្រសួងអប់រំបានចេញសារាចរណ៍ថ្មី៖ សិស្សថ្នាក់ទី៩ និងទី១២ ដែលអវត្តមានលើសពី ៥ ដង នឹងមិនត្រូវបានអនុញ្ញាតឲ្យប្រឡងឆ្នាំនេះទេ។ លោកគ្រូប្រាប់ក្នុងថ្នាក់ព្រឹកមិញ។",
        "ជម្រាបសួរអាណាព្យាបាល សាលាបឋមសិក្សាទាំងអស់ក្នុងស្រុកបាទី នឹងឈប់សម្រាករយៈពេលមួយសប្ដាហ៍ ចាប់ពីថ្ងៃស្អែក ដោយសារជំងឺគ្រុនឈាមរាតត្បាត។ សូមកុំបញ្ជូនកូនទៅសាលា។",
        "ក្រសួងសុខាភិបាល ប្រកាសថា ចាប់ពីខែក្រោយ មនុស្សចាស់អាយុលើស ៦០ ឆ្នាំ ទាំងអស់នឹងទទួលបានប្រាក់ឧបត្ថម្ភ ២០០,០០០ រៀលក្នុងមួយខែ។ គ្រាន់តែយកអត្តសញ្ញាណប័ណ្ណទៅឃុំ ហើយបង់ថ្លៃសេវា ១០,០០០ រៀល។",
        "ក្រុងព្រះសីហនុ ជូនដំណឹង៖ ឆ្នេរទាំងអស់ត្រូវបិទមិនឲ្យហែលទឹករយៈពេល ១ ខែ ដោយសារទឹកសមុទ្រមានជាតិពុល។ ម្ចាស់តូបលក់ដូរត្រូវរុះរើចេញមុនថ្ងៃអាទិត្យ។",
        "តាមដំណឹងពីមន្ទីរអប់រំ សិស្សទាំងអស់ត្រូវទិញសៀវភៅពុម្ពថ្មីពីសាលាតែប៉ុណ្ណោះ តម្លៃ ៣៥ ដុល្លារ។ សៀវភៅចាស់លែងប្រើបានទៀតហើយ។ ខ្ញុំគ្រាន់តែចែករំលែកតាមគ្រូបន្ទុកថ្នាក់ប្រាប់។",
        "ពីថ្ងៃច័ន្ទនេះ រដ្ឋបាលរាជធានីហាមកង់បី និងរ៉ឺម៉កចូលក្នុងខណ្ឌដូនពេញទាំងស្រុង។ អ្នកបើកបរណាដែលបំពាន នឹងត្រូវដកហូតរថយន្តភ្លាម។",
        "ដំណឹងផ្លូវការ៖ ការប្រឡងសញ្ញាបត្រមធ្យមសិក្សាទុតិយភូមិ ត្រូវពន្យារពេលទៅខែមករាឆ្នាំក្រោយ ដោយសារកង្វះថវិកា។ ក្រសួងនឹងប្រកាសជាផ្លូវការនៅសប្ដាហ៍ក្រោយ។",
    ],
    en=[
        "PROVINCIAL HALL OF TAKEO – ANNOUNCEMENT\nAll households must re-register their family book at the commune office by the end of this month. A processing fee of $25 applies. Households that fail to register will lose access to public services.",
        "Just got this from the parents' group: the Ministry of Education has cancelled the mid-year holiday and students will attend school on Saturdays until December. Teachers were told last night.",
        "Per the Ministry of Public Works, all motorbikes older than 2012 will be banned from national roads from next year. Owners can trade them in for a $300 credit at registered dealers.",
        "Kampot provincial administration: due to a water contamination problem, tap water in Kampot town should not be used for drinking or cooking for the next 10 days. Bottled water will be distributed at pagodas.",
        "The Ministry of Labour confirmed that garment workers will receive a one-time $150 bonus this month. Just bring your ID to the factory HR desk. My cousin already got hers.",
    ],
    mixed=[
        "📢 សេចក្ដីជូនដំណឹងពី Ministry of Education: សាលារដ្ឋទាំងអស់នៅភ្នំពេញ ប្ដូរទៅរៀន online ពីថ្ងៃច័ន្ទ ដល់ចុងខែ។ Parents ត្រូវ download app ថ្មីរបស់ក្រសួង ហើយបង់ $5 ដើម្បី register",
        "ខេត្តសៀមរាប official៖ ហាម drone ហោះគ្រប់ទីកន្លែងក្នុងខេត្ត ពិន័យ $2,000 ហើយចាប់ខ្លួនភ្លាម ចាប់ពីថ្ងៃនេះ",
        "បានទទួល letter ពីមន្ទីរអប់រំ៖ គ្រូបង្រៀនទាំងអស់ត្រូវ pass exam ថ្មីមុនខែធ្នូ បើធ្លាក់ត្រូវបញ្ឈប់ពីការងារ។ គ្រូសាលាខ្ញុំ stress ណាស់",
    ],
    latn=[
        "sala khet kompong cham prokas: moto ot mean slak lek nung tro rib os plam chab pi thngai 15, ot oy bong pinoy te, tro tov chuh banchi 80$",
        "bong oun, sala bothom nov srok bati chhop 1 atit chab pi saek dao sa krun chheam, kom yok kon tov sala",
        "krasuong sokheaphibal oy luy chas chas lerng 60 chnam 200 pean riel knong 1 khae, yok ID tov khum bong 10 pean ban hz",
        "lok kru prab tha sisy del ot mok rien lerng 5 dong ot oy prolong te chnam nis, sarachor thmey pi krasuong",
        "pi thngai chan nis rotbal reachthani ham tuk tuk chol khan daun penh, ke rib os lan plam, jam oy del",
        "oun ban sombot pi monti op rom, kru teang os tro prolong thmey, tleak tro ke bonh chhop, kru nhom pibak chet nas",
    ],
))


# ---------------------------------------------------------------------------------------------
# Positives: health hoaxes and miracle cures
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-pos-health",
    fake_news=1,
    km=[
        "ស្លឹកខ្នុរស្ងោរជាមួយស្ករត្នោត ផឹករៀងរាល់ព្រឹក រយៈពេល ២១ ថ្ងៃ អាចព្យាបាលជំងឺទឹកនោមផ្អែមឲ្យជាដាច់ ដោយមិនបាច់ចាក់អាំងស៊ុយលីនទៀតទេ។ ពូខ្ញុំធ្វើតាម ឥឡូវឈប់លេបថ្នាំហើយ។",
        "វ៉ាក់សាំងគ្រុនផ្ដាសាយដែលគេចាក់ឲ្យកូនសិស្សនៅសាលាឆ្នាំនេះ មានសារធាតុធ្វើឲ្យក្មេងមិនអាចមានកូនពេលធំឡើង។ គ្រូពេទ្យម្នាក់និយាយប្រាប់ខ្ញុំដោយផ្ទាល់ តែគាត់មិនហ៊ានបង្ហាញមុខ។",
        "ឪពុកម្ដាយទាំងអស់គួរដឹង៖ ក្មេងដែលក្ដៅខ្លួន មិនត្រូវឲ្យផឹកទឹកទេ ព្រោះទឹកធ្វើឲ្យមេរោគរាលដាលលឿនជាងមុន។ ត្រូវឲ្យផឹកតែទឹកដូងប៉ុណ្ណោះ។",
        "ថ្នាំបុរាណរបស់លោកតាអាចារ្យនៅស្រុកខ្ញុំ ព្យាបាលមហារីកដំណាក់កាលទី៤ ជាសះស្បើយក្នុងរយៈពេល ៣ ខែ។ មន្ទីរពេទ្យធំៗមិនចង់ឲ្យអ្នកដឹងរឿងនេះទេ ព្រោះខាតចំណូល។",
        "ការហូបត្រីអាំងជាមួយទឹកដោះគោ ក្នុងពេលតែមួយ បង្កើតជាតិពុលដែលអាចសម្លាប់មនុស្សក្នុងរយៈពេល ២ ម៉ោង។ កាលពីម្សិលមិញ មានមនុស្ស ៣ នាក់ស្លាប់នៅកំពង់ស្ពឺដោយសាររឿងនេះ។",
        "ទឹកកក និងភេសជ្ជៈត្រជាក់ ធ្វើឲ្យដុំសាច់លូតលាស់លឿន។ មនុស្សដែលផឹកទឹកកករាល់ថ្ងៃ មានឱកាសកើតមហារីកខ្ពស់ជាងគេ ១០ ដង។ ពេទ្យជប៉ុនបានបញ្ជាក់រួចហើយ។",
        "ជំងឺលើសឈាមមិនចាំបាច់លេបថ្នាំពេទ្យពេញមួយជីវិតទេ។ គ្រាន់តែស៊ីខ្ទឹមសឆៅ ៥ កំពឹស មុនចូលគេងរៀងរាល់យប់ ឈាមនឹងធ្លាក់មកធម្មតាវិញ ហើយអាចឈប់លេបថ្នាំបាន។",
    ],
    en=[
        "My aunt stopped her chemo after a monk in Kampong Thom gave her a root powder to mix with rice wine. Her scans came back clear in six weeks. Doctors don't want this getting out.",
        "Please tell your parents: the new blood pressure pills given free at health centres contain a chemical that damages the kidneys within a year. Several pharmacists have already stopped selling them.",
        "Fact: dengue can be cured at home in 24 hours by drinking the juice of 10 papaya leaves blended with salt. No need for hospital, the drip they give you there only makes the fever last longer.",
        "A study from a Korean university showed that people who sleep with a fan on in a closed room suffocate. 40 Cambodians died this way last hot season alone.",
        "Mosquito coils now sold in Cambodian markets are laced with a toxin from a factory across the border. Three children in Prey Veng went blind last month. Burn only lemongrass instead.",
    ],
    mixed=[
        "ថ្នាំ detox ពី Japan នេះ ព្យាបាល diabetes ជាដាច់ក្នុង 30 days 💊 គ្មាន side effect ទេ មន្ទីរពេទ្យមិនចង់ឲ្យលក់ទេ ព្រោះអស់ patient។ Inbox មកបងៗ",
        "Warning ឲ្យម្ដាយៗ៖ ម្សៅទឹកដោះគោ brand ថ្មីមួយ មានកំទេចផ្លាស្ទិចលាយចូល ក្មេងនៅ Kandal ស្លាប់ 2 នាក់ហើយ តែ news មិនហ៊ានចុះផ្សាយ",
        "Covid ត្រឡប់មកវិញហើយ variant ថ្មីសម្លាប់មនុស្សក្នុង 3 ថ្ងៃ 😱 ការពារដោយផឹកទឹកក្ដៅលាយអំបិល ៣ ដងក្នុងមួយថ្ងៃ Doctor friend របស់ខ្ញុំប្រាប់",
    ],
    latn=[
        "slek knor sngor jea mouy skor tnot phik roal prek 21 thngai, jea tuk nom pa em dach, pu knhom chhop leb thnam hz",
        "vaccine del ke chak oy kon sisy nov sala chnam nis tver oy kmeng ot mean kon pel thom, pet mnak prab knhom tae ot hean bonghanh muk",
        "kmeng kdao kloun kom oy phik tuk, tuk tver oy merok ral dal leun, oy phik tae tuk dong ban",
        "nham trey ang jea mouy tuk dos ko tver oy pul slab knong 2 mong, msel minh mean 3 nak slab nov kompong speu",
        "leng tuk kork roal thngai kert moha rik 10 dong leun jeang ke, pet japan bonhjak hz, chhop phik tov",
    ],
))


# ---------------------------------------------------------------------------------------------
# Positives: disaster and dam-break rumours
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-pos-disaster",
    fake_news=1,
    km=[
        "ទំនប់វារីអគ្គិសនីនៅខេត្តស្ទឹងត្រែង បាក់បែកបាត់មួយផ្នែកហើយ យប់នេះ។ ទឹកនឹងមកដល់ក្រចេះក្នុងរយៈពេល ៦ ម៉ោង។ បងប្អូននៅមាត់ទន្លេ រត់ទៅទីទួលឲ្យលឿន!!! អាជ្ញាធរលាក់មិនប្រាប់ទេ។",
        "ក្រសួងធនធានទឹក ព្យាករថា ព្យុះទីហ្វុងកម្រិតខ្ពស់បំផុត នឹងវាយប្រហារឆ្នេរកំពតនៅថ្ងៃសៅរ៍នេះ ខ្យល់ ២៥០ គីឡូម៉ែត្រក្នុងមួយម៉ោង។ អ្នករស់នៅក្នុងចម្ងាយ ៥០ គីឡូម៉ែត្រពីសមុទ្រ ត្រូវជម្លៀសចេញទាំងអស់។",
        "អ្នកជំនាញភូគព្ភសាស្ត្របរទេសថា នឹងមានរញ្ជួយដីខ្លាំងនៅភ្នំពេញ នៅចន្លោះថ្ងៃទី១០ ដល់ទី១២ ខែនេះ។ អគារខ្ពស់ៗអាចរលំ។ សូមកុំនៅក្នុងខុនដូពេលយប់។",
        "ទឹកទន្លេមេគង្គឡើងខ្ពស់ខុសធម្មតា ព្រោះប្រទេសខាងលើបើកទ្វារទំនប់ទាំង ១១ ក្នុងពេលតែមួយ។ ស្អែកនេះ ផ្សារធំថ្មីនឹងលិចទឹកជ្រៅ ២ ម៉ែត្រ។",
        "ភ្លើងឆេះផ្សារអូរឬស្សីមិនមែនជាគ្រោះថ្នាក់ទេ គឺមានគេដុតដោយចេតនា ដើម្បីយកដីទៅសង់ខុនដូ។ អ្នកលក់ដូរបាត់ខ្លួនជាង ៤០ នាក់ ប៉ុន្តែសារព័ត៌មានបិទបាំងទាំងអស់។",
    ],
    en=[
        "The Kamchay dam is cracking and engineers were evacuated at 9pm. Kampot town could be underwater by morning. This hasn't been announced yet so tell everyone you know.",
        "Meteorologists in Thailand say the coming storm will be stronger than Ketsana and hit Phnom Penh directly on Sunday. Stock up on rice and fuel, power will be out for two weeks.",
        "Satellite images show a huge crack in the Tonle Sap lake bed. Scientists think the lake will drain within a year and the fish will all die. The government knows but is keeping quiet.",
    ],
    mixed=[
        "BREAKING ⚠️ ទំនប់ស្ទឹងត្រែង collapse ហើយ! ទឹកមកដល់ Kratie ក្នុង 6 hours។ Evacuate ឥឡូវ កុំរង់ចាំ announcement",
        "ខ្ញុំមានមិត្តធ្វើការ weather station គាត់ថាថ្ងៃស្អែក storm ធំបំផុតក្នុង 50 ឆ្នាំ នឹងចូលកំពង់សោម ប៉ុន្តែ government មិនចង់ឲ្យ panic ទើបមិនប្រាប់",
    ],
    latn=[
        "tumnub nov steung treng bak hz yub nis, tuk mok dol kratie knong 6 mong, bong oun mat tonle rot tov tuol oy leun, ke leak ot prab",
        "ke tha nung mean ronh juy dey klang nov phnom penh thngai 10 dol 12, akea kpos kpos anh rolum, kom nov condo pel yub",
        "tuk tonle mekong lerng kpos dao sa srok khang leu berk tvea tumnub teang 11, saek psar thom thmey lich tuk 2 met",
        "pleung chheh psar orussey min men krous thnak te, mean ke dot chetna yok dey sang condo, jeang 40 nak bat kloun",
    ],
))


# ---------------------------------------------------------------------------------------------
# Positives: scam giveaways (bank, telecom, e-wallet, brand anniversary, lottery)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-pos-giveaway",
    fake_news=1,
    km=[
        "🎉 អបអរខួប ១៥ ឆ្នាំ ក្រុមហ៊ុនទូរស័ព្ទ CellKhmer ចែកកាតទូរស័ព្ទ ១០ ដុល្លារ ជូនអតិថិជនទាំងអស់ដោយឥតគិតថ្លៃ។ គ្រាន់តែចុចតំណខាងក្រោម បញ្ចូលលេខទូរស័ព្ទ និងលេខកូដ OTP ដែលអ្នកទទួលបាន។",
        "អតិថិជនធនាគារ Angkor Trust ជាទីគោរព គណនីរបស់លោកអ្នកត្រូវបានផ្អាកបណ្ដោះអាសន្ន។ សូមផ្ទៀងផ្ទាត់ព័ត៌មានតាមតំណនេះក្នុងរយៈពេល ២៤ ម៉ោង ដើម្បីការពារកុំឲ្យប្រាក់សន្សំត្រូវបានបង្កក។",
        "សូមអបអរសាទរ! លេខទូរស័ព្ទរបស់អ្នកបានឈ្នះរង្វាន់ឡូតូប្រចាំឆ្នាំ រថយន្ត Lexus មួយគ្រឿង។ សូមផ្ទេរថ្លៃពន្ធគយ ៣៥០ ដុល្លារ ទៅគណនីខាងក្រោម ដើម្បីទទួលរង្វាន់។",
        "ក្រុមហ៊ុនភេសជ្ជៈ Tonle Fresh ចែកម៉ូតូ ២០០ គ្រឿង ក្នុងឱកាសខួបកំណើត។ ឆ្លើយសំណួរ ៣ ហើយចែករំលែកទៅក្រុម ៥ ទើបអាចទទួលបាន។ ខ្ញុំទទួលបានម្ដងហើយ ពិតមែន។",
        "កាបូបអេឡិចត្រូនិក PayKhmer ផ្ដល់ប្រាក់ ៥០ ដុល្លារ ជូនអ្នកប្រើប្រាស់ថ្មី។ ចូលតាមតំណ បញ្ចូលលេខ PIN របស់អ្នក ដើម្បីបញ្ជាក់អត្តសញ្ញាណ ហើយប្រាក់នឹងចូលភ្លាមៗ។",
    ],
    en=[
        "Dear valued customer, your Mekong Bank mobile account has been selected for a loyalty reward of $200. To receive it, confirm your card number and the 6-digit code sent by SMS at the link below.",
        "I was skeptical too but this is real 🙏 SmartLink is giving 30GB free data for its 20th anniversary. Just enter your number and the verification code on their promo page. Worked for me and my sister.",
        "Congratulations! You are one of 10 lucky winners of the Royal Lucky Draw. Prize: $15,000 cash. A handling fee of $120 must be paid via e-wallet before the prize can be released.",
        "Official giveaway from a famous rice brand: 500 bags of jasmine rice for families in need. Comment your phone number and we will call you to arrange a $5 delivery fee.",
    ],
    mixed=[
        "🎁 Khmer Pay anniversary ចែក $100 ឲ្យ user ទាំងអស់! Click link → login → confirm OTP ហើយលុយចូលភ្លាម ✅ ឆាប់ឡើង ត្រឹមតែ 500 នាក់ដំបូង",
        "SMS ពីធនាគារ៖ account របស់អ្នកនឹងត្រូវ block នៅម៉ោង 5 ល្ងាច បើមិនទាន់ verify។ សូម reply ជាមួយ card number និង PIN",
    ],
    latn=[
        "CellKhmer chuop 15 chnam jek kat 10$ free, krann tae chuch link dak lek tur sab nung code OTP, nhom ban hz pit men",
        "abaorsatea! lek tur sab bong chhnea lotto lan Lexus 1, sum pher luy pon 350$ chol account khang kraom dermbei ttuol",
        "PayKhmer oy 50$ user thmey, chol link dak PIN bonhjak identity luy chol plam, share oy mit pheakh phong",
    ],
))


# ---------------------------------------------------------------------------------------------
# Positives: fake jobs abroad, task and crypto scams
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-pos-jobs-crypto",
    fake_news=1,
    km=[
        "ត្រូវការបុគ្គលិកធ្វើការនៅប្រទេសជប៉ុន ប្រាក់ខែ ២៥០០ ដុល្លារ មិនត្រូវការបទពិសោធន៍ មិនចេះភាសាក៏បាន។ បង់ថ្លៃឯកសារ និងទិដ្ឋាការ ៨០០ ដុល្លារ មុន ហើយចេញដំណើរក្នុង ២ សប្ដាហ៍។",
        "ការងារធ្វើនៅផ្ទះ៖ គ្រាន់តែចុចចូលចិត្តវីដេអូ និងផលិតផលលើកម្មវិធី រកបាន ៣០-៥០ ដុល្លារ ក្នុងមួយថ្ងៃ។ ដាក់ប្រាក់បញ្ចាំ ២០ ដុល្លារ ដើម្បីបើកភារកិច្ចកម្រិតខ្ពស់។",
        "វិនិយោគតែ ១០០ ដុល្លារ ក្នុងគម្រោងកាក់ឌីជីថល AngkorCoin ទទួលបានប្រាក់ចំណេញ ៣០% ក្នុងមួយសប្ដាហ៍ ធានាមិនខាត។ ខ្ញុំដកបាន ២០០០ ដុល្លារហើយខែនេះ។",
        "ក្រុមហ៊ុនកាស៊ីណូនៅព្រំដែនត្រូវការអ្នកវាយអក្សរ ប្រាក់ខែ ១២០០ ដុល្លារ មានកន្លែងស្នាក់នៅ និងអាហារ ៣ ពេលឥតគិតថ្លៃ។ មិនចាំបាច់សម្ភាសន៍ មកដល់ចាប់ផ្ដើមធ្វើការភ្លាម។ ផ្ញើរូបថតលិខិតឆ្លងដែនមកខ្ញុំ។",
        "បងប្អូនដែលចង់ទៅធ្វើការនៅកូរ៉េ មិនចាំបាច់ប្រឡងភាសាទេ ខ្ញុំមានផ្លូវផ្ទាល់ជាមួយក្រសួង។ ថ្លៃសេវា ១៥០០ ដុល្លារ បង់ពាក់កណ្ដាលមុន។",
    ],
    en=[
        "Hiring now: customer service agents for an online company in Malaysia. $1,800/month, free flight and housing. No interview, no experience. Send passport photo and $300 deposit to reserve your seat.",
        "Day 14 of my task job 💸 rated 40 hotels today and withdrew $85. The group admin helps beginners, you only need a $30 starter deposit. DM me for the invite code.",
        "This AI trading bot turned my $500 into $4,200 in 3 weeks. It's backed by a bank in Singapore so there's zero risk. Registration closes tonight.",
    ],
    mixed=[
        "Job ល្អ 🔥 ធ្វើការ online ពីផ្ទះ 2-3 ម៉ោង/ថ្ងៃ ចំណូល $40/day គ្រាន់តែ like & review product លើ app។ Deposit $20 ដំបូង ដើម្បី unlock task VIP",
        "Crypto project ថ្មី 100% guarantee profit 5% ក្នុងមួយថ្ងៃ 📈 friend ខ្ញុំ invest $1000 ឥឡូវមាន $6000 ហើយ ចូល group Telegram ខ្ញុំ",
    ],
    latn=[
        "trov ka nak tver ka nov japan, prak khae 2500$, ot trov ka pisaot, bong tlai visa 800$ mun, chenh dom nae 2 atit",
        "tver ka nov pteah, krann tae chuch like video nung product leu app, rok ban 30-50$ mouy thngai, dak deposit 20$ sin",
        "vinik tae 100$ knong AngkorCoin ban chomnenh 30% mouy atit, ot khat te, nhom dork ban 2000$ hz khae nis",
        "chong tov kore ot bach prolong pheasa te, knhom mean plov jea mouy krasuong, tlai 1500$ bong pak kondal mun",
    ],
))


# ---------------------------------------------------------------------------------------------
# Positives: doctored quotes of officials (by role) and election falsehoods
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-pos-quotes-election",
    fake_news=1,
    km=[
        "រដ្ឋមន្ត្រីក្រសួងកសិកម្ម បាននិយាយក្នុងសន្និសីទកាសែតថា «កសិករដែលតវ៉ាតម្លៃស្រូវ គួរតែឈប់ធ្វើស្រែ ហើយទៅធ្វើការនៅរោងចក្រទៅ»។ មើលចុះ នេះហើយចិត្តរបស់មន្ត្រីយើង។",
        "អភិបាលខេត្តបាត់ដំបងនិយាយថា «ប្រជាជនណាដែលមិនព្រមលក់ដី គឺជាសត្រូវនៃការអភិវឌ្ឍ ហើយនឹងត្រូវចាត់វិធានការ»។ មានវីដេអូ តែគេលុបចោលបាត់ហើយ។",
        "គណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត បានសម្រេចថា អ្នកដែលមិនទាន់ចុះឈ្មោះបោះឆ្នោត អាចបោះឆ្នោតតាមអនឡាញបាន តាមរយៈការផ្ញើរូបថតអត្តសញ្ញាណប័ណ្ណទៅលេខ Telegram របស់គណៈកម្មាធិការ។",
        "ការបោះឆ្នោតឃុំ សង្កាត់ ឆ្នាំនេះ ត្រូវផ្លាស់ប្ដូរថ្ងៃ ពីថ្ងៃអាទិត្យ ទៅថ្ងៃច័ន្ទបន្ទាប់វិញ។ អ្នកដែលទៅបោះនៅថ្ងៃអាទិត្យ សន្លឹកឆ្នោតនឹងមិនត្រូវរាប់ទេ។",
        "ហាមឃាត់ដាច់ខាត៖ អ្នកដែលថតរូបម្រាមដៃប្រឡាក់ទឹកខ្មៅបោះឆ្នោត ហើយបង្ហោះលើហ្វេសប៊ុក នឹងត្រូវពិន័យ ៥ លានរៀល និងដកសិទ្ធិបោះឆ្នោតរហូត។ ច្បាប់ថ្មីទើបអនុម័ត។",
    ],
    en=[
        "The Minister of Commerce told reporters: 'If people can't afford pork, let them eat fish sauce with rice like our grandparents did.' Can you believe this man is in charge of prices?",
        "Election update: because of the new ID system, anyone who voted in the last election but moved house since then is automatically removed from the voter list. You can't re-register this time.",
        "A provincial governor admitted on a leaked recording that ballots in his province were counted before polls even opened. The full audio is circulating on Telegram.",
    ],
    mixed=[
        "រដ្ឋមន្ត្រីក្រសួងការងារ quote ថា «កម្មករដែល strike គឺជាអ្នកក្បត់ជាតិ ត្រូវបណ្ដេញចេញទាំងអស់» 😡 screenshot ពី live ម្សិលមិញ ប៉ុន្តែគេ delete ហើយ",
        "Election ឆ្នាំនេះ vote បានតាម app ហើយ 📱 គ្រាន់តែ download app ពី link ក្នុង comment ហើយ scan អត្តសញ្ញាណប័ណ្ណ មិនបាច់ទៅការិយាល័យបោះឆ្នោតទេ",
    ],
    latn=[
        "rothmontrei kosekam niyey tha kasekor del tv tlai srov gour chhop tver srae tov tver ka rong chak tov, merl chos chet montrei yeung",
        "chnam nis bos chhnaot tam online ban, krann tae pher rup ID tov lek telegram komaka bos chhnaot, ot bach tov te",
        "thngai bos chhnaot dor pi atit tov chan vinh, nak na tov bos thngai atit ke ot rab te, prab krusa phong",
        "aphibal khet niyey tha nak min prom luk dey jea satrov nei kar aphivort, mean video tae ke lub hz",
    ],
))


# ---------------------------------------------------------------------------------------------
# Positives: "share before it's deleted" and "the media won't tell you" chains
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-pos-chains",
    fake_news=1,
    km=[
        "ចែករំលែកមុនពេលគេលុប!!! ឯកសារសម្ងាត់បង្ហាញថា ប្រាក់ជំនួយសម្រាប់ជនរងគ្រោះទឹកជំនន់ ៨ លានដុល្លារ ត្រូវបានផ្ទេរទៅគណនីឯកជននៅបរទេស។ ទូរទស្សន៍មិនហ៊ានផ្សាយទេ។",
        "រឿងនេះប្រព័ន្ធផ្សព្វផ្សាយមិនប្រាប់អ្នកទេ៖ អង្ករដែលលក់នៅផ្សារមួយចំនួន ជាអង្ករផ្លាស្ទិចនាំចូលពីបរទេស។ ដាំហើយយកទៅបោះលើឥដ្ឋ បើលោតដូចបាល់ គឺអង្ករក្លែងក្លាយ។",
        "សូមផ្ញើសារនេះទៅមិត្តភក្តិ ១០ នាក់។ ក្រុមហ៊ុន Facebook នឹងចាប់ផ្ដើមគិតលុយ ៣ ដុល្លារក្នុងមួយខែ ចំពោះគណនីដែលមិនបានផ្ញើសារនេះបន្ត។",
        "ក្រុមមនុស្សចម្លែកជិះឡានវ៉ានពណ៌ស កំពុងចាប់ក្មេងនៅតាមសាលារៀននៅតាកែវ ហើយយកសរីរាង្គទៅលក់។ មាន ៦ នាក់បាត់ខ្លួនហើយក្នុងសប្ដាហ៍នេះ។ ប៉ូលិសមិនព្រមប្រាប់សាធារណជនទេ។",
    ],
    en=[
        "They will delete this soon. A nurse at a Phnom Penh hospital says patients are being given expired vaccines and the hospital director is selling the new ones to Thailand. Copy and paste, don't just share.",
        "Nobody on TV will tell you this, but the new 5G towers going up near schools are the reason kids are getting nosebleeds. Ask yourself why they're built so fast.",
        "Nothing dramatic, just passing on what my brother-in-law in the police told us: a gang is drugging people with scented business cards at petrol stations in Kandal. Be careful when someone hands you one.",
    ],
    mixed=[
        "Share ឲ្យលឿនមុនគេ delete 🔥 video បង្ហាញថា vaccine មាន microchip តាមដានមនុស្ស។ Media ធំៗ ទាំងអស់ត្រូវគេបង់លុយឲ្យនៅស្ងៀម",
        "Copy paste កុំ share៖ ពីថ្ងៃស្អែក Messenger នឹងអាន message របស់អ្នកទាំងអស់ ហើយផ្ញើទៅប៉ូលិស។ ដើម្បី protect ត្រូវ post ថា «ខ្ញុំមិនអនុញ្ញាត»",
    ],
    latn=[
        "share mun ke lub!!! eksar somngat bonghanh luy chumnuoy tuk jumnon 8 lean dollar pher tov account ksat bor tes, TV ot hean phsay te",
        "rieng nis media ot prab bong te, angkor plastic noam chol luk nov psar, dam hz bos leu edth bae lort dauch bal ku kleng kleay",
        "mean lan van sor chab kmeng nov sala takeo yok sarirang tov luk, bat 6 nak hz atit nis, police ot prab te, tuk kon oy jit",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives: sharp but factual political criticism (opinion, first-hand experience, no invented facts)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-politics-prices-roads",
    neg_kind="political_criticism",
    km=[
        "ផ្លូវចូលភូមិខ្ញុំខូចតាំងពីមុនបោះឆ្នោតលើកមុន។ ពេលឃោសនា មកថតរូបនៅទីនេះ សន្យាថាជួសជុល។ ឥឡូវរដូវវស្សាម្ដងទៀត ម៉ូតូរអិលដួលរាល់ថ្ងៃ។ សន្យាទុកធ្វើអី?",
        "ថ្លៃសាច់ជ្រូកឡើង ថ្លៃហ្គាសឡើង ថ្លៃសាលាកូនឡើង តែប្រាក់ខែខ្ញុំនៅដដែល ៣ ឆ្នាំហើយ។ អ្នកដែលមានអំណាចគួរចុះមកផ្សារម្ដងមើល កុំនិយាយតែលេខស្ថិតិ។",
        "ខ្ញុំមិនយល់ទេ ហេតុអ្វីបានជាថវិកាសាងសង់ផ្លូវអស់ច្រើនម្ល៉េះ តែផ្លូវបាក់វិញក្នុងរយៈពេលមួយឆ្នាំ។ ប្រជាពលរដ្ឋមានសិទ្ធិសួរ ហើយអាជ្ញាធរមានកាតព្វកិច្ចឆ្លើយ។",
        "លោករដ្ឋមន្ត្រីសន្យាថានឹងបញ្ចុះថ្លៃអគ្គិសនីឲ្យអ្នកភូមិ តាំងពីឆ្នាំមុន។ វិក្កយបត្រភ្លើងផ្ទះខ្ញុំខែនេះ នៅតែដដែល។ សន្យាងាយ ធ្វើពិបាក។",
        "កសិករលក់ស្រូវបានតម្លៃទាបជាងដើមទុន ឈ្មួញកណ្ដាលយកចំណេញអស់។ រាល់ឆ្នាំនិយាយថានឹងជួយ តែមិនដែលឃើញគោលនយោបាយណាមួយពិតប្រាកដ។ យើងហត់ណាស់ហើយ។",
        "សាលារៀនក្នុងឃុំខ្ញុំ ដំបូលលេចទឹក តុកៅអីខូចពាក់កណ្ដាល តែគេមានលុយសង់របងសាលាស្រុកថ្មីរលោង។ អាទិភាពរបស់អ្នកណាទៅ?",
        "ខ្ញុំជាអ្នកបើកកង់បីមួយរូប។ ថ្លៃសាំងឡើង ផ្លូវស្ទះ ប៉ូលិសឈប់យកលុយ។ ខ្ញុំមិនមែនប្រឆាំងអ្នកណាទេ ខ្ញុំគ្រាន់តែចង់ឲ្យអ្នកធំស្ដាប់សំឡេងយើងខ្លះ។",
        "ពន្ធលើលុយផ្ញើពីបរទេសកើនឡើង ខណៈដែលកម្មករចំណាកស្រុករាប់លាននាក់ផ្ញើលុយចិញ្ចឹមគ្រួសារ។ ខ្ញុំគិតថាគោលនយោបាយនេះអយុត្តិធម៌ណាស់ ហើយគួរតែពិនិត្យឡើងវិញ។",
    ],
    en=[
        "The stretch of National Road 5 near my hometown has been 'under repair' for two rainy seasons. Two elections, two promises, one giant pothole. I'm tired of photo ops.",
        "Electricity bills keep going up and every official answer is 'global prices'. Fine, then publish the contract terms and let us see the numbers ourselves. Transparency costs nothing.",
        "I don't care which party you support, but a minister who promised free textbooks and then quietly dropped it owes voters an explanation, not a slogan.",
        "My mum sells vegetables at the market. Her stall fee went up twice this year and nobody at the market office can tell her why. This is exactly how small people get squeezed.",
        "Rice farmers in my province sold at a loss again this harvest. Every year the same speeches about 'supporting agriculture'. Show me the support, because I can't find it.",
        "Honestly furious. The commune built a brand new office while the clinic next to it still has no running water. Someone decided that order of priorities and they should answer for it.",
    ],
    mixed=[
        "Promise ថាជួសជុលផ្លូវមុន election 😤 ឥឡូវ election ចប់ ផ្លូវនៅតែជាស្រះទឹក។ ខ្ញុំនឹងចាំពេល vote លើកក្រោយ",
        "Price ម្ហូបនៅផ្សារឡើងរាល់ខែ តែ salary នៅដដែល។ Government គួរ explain ឲ្យច្បាស់ កុំប្រាប់តែថា economy ល្អ",
        "ថវិកា road project ច្រើនម្ល៉េះ ហេតុអីផ្លូវបាក់ក្នុង 1 year? យើងមានសិទ្ធិទាមទារ audit ដែលបង្ហាញជាសាធារណៈ",
        "ខ្ញុំមិនមែន opposition ទេ ខ្ញុំគ្រាន់តែជាម្ដាយម្នាក់ដែល tired នឹងថ្លៃសាលា និងថ្លៃពេទ្យដែលឡើងមិនឈប់ 😮‍💨",
    ],
    latn=[
        "plov chol phum knhom kouch tang pi mun bos chhnaot, pel kosna mok tort rup sonya jus jul, ey lov rodov vosa moto rol duol roal thngai",
        "tlai sach chrouk lerng, tlai gas lerng, tae prak khae nhom nov dodael 3 chnam hz, nak mean omnach gour chos mok psar mdong merl",
        "rothmontrei sonya bonhjos tlai pleung tang pi chnam mun, vikaybat pleung pteah nhom khae nis nov dodael, sonya nguy tver pibak",
        "kasekor luk srov tlai teap jeang derm tun, chmuoy kondal yok chomnenh os, roal chnam niyey tha jouy tae ot del kheunh",
        "sala knong khum nhom dombol lech tuk, tok kao ey kouch, tae ke mean luy sang robang srok thmey rolong, atiphiep anak na?",
        "nhom ot men prachang nak na te, nhom krann tae chong oy nak thom sdab somleng nak krao klas, tlai sang lerng plov sdas",
    ],
))

THEMES.append(_posts(
    "w3f-neg-politics-land-corruption",
    neg_kind="political_criticism",
    km=[
        "គ្រួសារខ្ញុំរស់នៅលើដីនេះតាំងពីជំនាន់ជីដូនជីតា មានប្លង់ទន់ និងសាក្សីពេញភូមិ។ ឥឡូវក្រុមហ៊ុនមកដាក់បង្គោលព្រំ ហើយឃុំនិយាយតែថា «រង់ចាំ»។ រង់ចាំដល់ពេលណា?",
        "ការិយាល័យសុរិយោដីស្រុកខ្ញុំ សុំលុយក្រៅបង្កាន់ដៃរាល់ពេលធ្វើឯកសារ។ ខ្ញុំបង់ ព្រោះមិនបង់គេមិនធ្វើឲ្យ។ រឿងនេះគ្រប់គ្នាដឹង តែគ្មានអ្នកណាហ៊ាននិយាយ។ ថ្ងៃនេះខ្ញុំនិយាយ។",
        "ខ្ញុំទៅបោះឆ្នោតតាំងពីព្រឹក តែរកឈ្មោះខ្ញុំក្នុងបញ្ជីមិនឃើញ ទោះបីខ្ញុំបោះនៅការិយាល័យនេះរាល់ឆ្នាំ។ មន្ត្រីប្រាប់ឲ្យទៅប្ដឹង។ ខ្ញុំនឹងប្ដឹង ហើយចង់ឲ្យ គ.ជ.ប ពន្យល់។",
        "អ្នកភូមិតវ៉ារឿងដីអស់ ៤ ឆ្នាំហើយ តែមិនដែលមានអ្នកណាចុះមកជួបយើងផ្ទាល់ទេ។ បើច្បាប់ការពារតែអ្នកមានលុយ តើយើងអ្នកក្រទៅពឹងលើអ្នកណា?",
        "អំពើពុករលួយមិនមែនជារឿងតូចទេ។ លុយដែលគេហូតពីគម្រោងសាលា គម្រោងផ្លូវ គឺជាលុយពន្ធរបស់ម្ដាយខ្ញុំដែលលក់បន្លែ។ យើងមិនគួរទម្លាប់ខ្លួនឲ្យស្ងៀម។",
        "ខ្ញុំខឹងណាស់ដែលឃើញប៉ូលិសចរាចរណ៍ឈរយកលុយពីកម្មកររោងចក្រ តែឡានធំៗបើកបំពានភ្លើងក្រហមមិនហ៊ានឃាត់។ ច្បាប់ត្រូវតែស្មើគ្នា។",
        "មុនបោះឆ្នោត មេភូមិចុះមកផ្ទះខ្ញុំ ៣ ដង។ ក្រោយបោះឆ្នោត ផ្ទះខ្ញុំលិចទឹក ហៅមិនលើក។ ខ្ញុំនឹងមិនភ្លេចទេ។",
        "ខ្ញុំគាំទ្រការអភិវឌ្ឍ ប៉ុន្តែសំណងដែលផ្ដល់ឲ្យគ្រួសារដែលត្រូវរុះផ្ទះ ទាបពេកមិនអាចទិញដីថ្មីបានទេ។ នេះមិនមែនជាការអភិវឌ្ឍសម្រាប់គ្រប់គ្នាទេ។",
    ],
    en=[
        "Went to renew my ID, waited four hours, then a clerk suggested I 'add a little something' to get it done today. I said no and came back three times. This is why people lose faith.",
        "Families near the lake have been fighting this land concession for years with documents in hand. The least the provincial authorities can do is meet them in person instead of sending police.",
        "I checked the voter list online twice before election day and my name was there. At the polling station it wasn't. I've filed a formal complaint and I'd encourage anyone with the same problem to do it too.",
        "Corruption isn't an abstract word. It's the clinic with no medicine while the district car gets replaced every two years. We're allowed to be angry about that.",
        "The minister said the land dispute would be 'resolved within 90 days'. That was 14 months ago. Villagers are still sleeping in front of the provincial hall.",
    ],
    mixed=[
        "ធ្វើ document នៅ district office ត្រូវ 'tea money' រាល់ដង 🙄 no receipt។ ខ្ញុំ report តាម hotline ហើយ let's see",
        "Land dispute នៅភូមិខ្ញុំ 5 years ហើយ គ្មានដំណោះស្រាយ។ អ្នកភូមិមានប្លង់ មាន witness តែ company មានលុយ។ Not fair!!",
        "ឈ្មោះខ្ញុំបាត់ពី voter list ទាំងដែលខ្ញុំ check រួចហើយ។ Filed complaint ហើយ ចង់ឲ្យ NEC ឆ្លើយជាសាធារណៈ",
    ],
    latn=[
        "krusa nhom rus nov leu dey nis tang pi chidaun chita, mean plong toan nung saksei penh phum, ey lov company mok dak bongkol prum, khum tha tae rongcham",
        "kariyaly soriyaody som luy kraw bongkan dai roal dong, nhom bong pror ot bong ke ot tver oy, krob knea deng tae ot hean niyey",
        "nhom tov bos chhnaot pi prek tae rok chhmous ot kheunh knong banchi, nhom bos nov nis roal chnam, nhom nung pdeng",
        "mun bos chhnaot me phum mok pteah nhom 3 dong, kraoy bos chhnaot pteah lich tuk hau ot lerk, nhom ot phlech te",
        "police chorachor yok luy pi kammakor rong chak, tae lan thom thom beuk rumlong pleung krohorm ot hean khat, chbab trov smer knea",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives: real official warnings that quote the scam wording they warn about
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-warning-scams",
    neg_kind="official_warning",
    km=[
        "ស្នងការដ្ឋាននគរបាលខេត្ត សូមជម្រាបថា៖ សារដែលសរសេរថា «អបអរខួប ចែកកាតទូរស័ព្ទ ១០ ដុល្លារ ឥតគិតថ្លៃ ចុចតំណនេះ» គឺជាការឆបោក។ សូមកុំចុច ហើយកុំផ្ដល់លេខកូដ OTP ទៅអ្នកណាម្នាក់។",
        "ធនាគារមិនដែលផ្ញើសារសុំលេខ PIN ឬលេខកូដ OTP ពីអតិថិជនទេ។ ប្រសិនបើអ្នកទទួលសារថា «គណនីរបស់អ្នកនឹងត្រូវបង្កក សូមផ្ទៀងផ្ទាត់តាមតំណ» សូមលុបចោល ហើយទូរស័ព្ទមកលេខសេវាអតិថិជនដែលមាននៅខាងក្រោយកាតរបស់អ្នក។",
        "ក្រសួងការងារ ព្រមានពលរដ្ឋ៖ ការផ្សាយពាណិជ្ជកម្មការងារនៅបរទេសដែលសន្យាប្រាក់ខែខ្ពស់ មិនត្រូវការបទពិសោធន៍ ហើយទាមទារឲ្យបង់ប្រាក់មុន ភាគច្រើនជាការឆបោក ឬជួញដូរមនុស្ស។ សូមពិនិត្យបញ្ជីក្រុមហ៊ុនជ្រើសរើសដែលមានអាជ្ញាប័ណ្ណ។",
        "ក្រុមហ៊ុនទូរស័ព្ទរបស់យើងមិនមានកម្មវិធីចែករង្វាន់តាមតំណលើហ្វេសប៊ុកទេ។ ទំព័រដែលប្រើឡូហ្គោយើង ហើយប្រាប់ថា «ឈ្នះម៉ូតូ បង់ថ្លៃដឹកជញ្ជូនតែ ៥ ដុល្លារ» គឺជាទំព័រក្លែងក្លាយ។",
        "ប៉ូលិសព្រមាន៖ សារដែលផ្ដល់កាតទូរស័ព្ទឥតគិតថ្លៃ គឺជាការបោកប្រាស់ កុំចុច។ បើបានចុចរួចហើយ សូមប្ដូរពាក្យសម្ងាត់ និងទាក់ទងធនាគាររបស់អ្នកភ្លាម។",
        "សេចក្ដីជូនដំណឹងពីសាលាស្រុក៖ ឥឡូវមានអ្នកក្លែងខ្លួនជាមន្ត្រីឃុំ ទូរស័ព្ទប្រាប់ថា «លោកតាលោកយាយ មានសិទ្ធិទទួលប្រាក់ឧបត្ថម្ភ សូមផ្ញើលុយថ្លៃសេវាមុន»។ រដ្ឋមិនដែលយកថ្លៃសេវាលើប្រាក់ឧបត្ថម្ភទេ។",
    ],
    en=[
        "POLICE ADVISORY: Messages offering 'free phone credit for our anniversary, click here' are scams. Do not click, do not enter your number or any code. Report the message and block the sender.",
        "Reminder from your bank: we will never ask for your PIN, password or one-time code by SMS, phone or chat. Messages saying 'your account will be frozen in 24 hours' are phishing.",
        "Consumer protection notice: pages claiming 'you won a car, pay the customs fee to claim it' are fraudulent. Legitimate prize draws never ask winners to pay anything first.",
        "Warning from the Ministry of Labour: 'No experience, $2,500 a month in Japan, pay $800 for your visa' is a typical trafficking lure. Check that the recruiter holds a licence before you pay anything.",
        "To our customers: we are aware of fake pages using our logo to offer 30GB of free data. We do not run giveaways that ask for verification codes. Please report these pages.",
    ],
    mixed=[
        "⚠️ ប៉ូលិសព្រមាន៖ message 'Free $10 top-up ចុច link នេះ' គឺ scam។ កុំ click កុំ share OTP ឲ្យនរណាទាំងអស់",
        "Bank របស់អ្នកមិនដែលសុំ OTP ឬ PIN តាម Telegram ទេ។ បើមាន message ថា 'account នឹងត្រូវ block' សូម call hotline ខាងក្រោយ card",
        "ក្រសួងការងារ remind៖ job អន្តរជាតិដែលប្រាប់ 'no interview, no experience, pay deposit first' ភាគច្រើនជា scam ឬ trafficking",
    ],
    latn=[
        "police prokas: sa del tha 'jek kat tur sab 10$ free chuch link nis' ku jea bok pras, sum kom chuch, kom oy code OTP nak na",
        "bank ot del som PIN rii OTP tam sa te, bae mean sa tha account nung tro bong kok sum lub chol hz call lek khang kraoy kat",
        "krasuong ka ngea promean: ka ngea bor tes prak khae kpos ot trov ka pisaot tae oy bong luy mun, pheak chraen jea bok pras",
        "company tur sab yeung ot mean kar jek rongvan tam link leu facebook te, page del tha chhnea moto bong 5$ ku kleng kleay",
        "sala srok chun domnung: mean nak kleng kloun jea montrei khum, call tha ta yeay ban prak upatham sum pher luy mun, kom chea",
    ],
))

THEMES.append(_posts(
    "w3f-neg-warning-civic",
    neg_kind="official_warning",
    km=[
        "គណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត សូមបញ្ជាក់ថា គ្មានការបោះឆ្នោតតាមអនឡាញ ឬតាមកម្មវិធីទូរស័ព្ទទេ។ សារដែលប្រាប់ឲ្យផ្ញើរូបអត្តសញ្ញាណប័ណ្ណដើម្បីបោះឆ្នោត គឺជាការបោកប្រាស់ សូមកុំផ្ញើ។",
        "ក្រសួងធនធានទឹក និងឧតុនិយម ព្រមាន៖ ពីថ្ងៃទី៣ ដល់ថ្ងៃទី៥ នឹងមានភ្លៀងធ្លាក់ខ្លាំង និងខ្យល់កន្ត្រាក់ នៅខេត្តជាប់មាត់សមុទ្រ។ អ្នកនេសាទសូមជៀសវាងចេញសមុទ្រ និងតាមដានព័ត៌មានពីប្រភពផ្លូវការ។",
        "សារព្រមានពីនគរបាល៖ ការងារ «ចុចចូលចិត្តវីដេអូ រកលុយ ៥០ ដុល្លារក្នុងមួយថ្ងៃ» ដែលទាមទារឲ្យដាក់ប្រាក់មុន គឺជាការឆបោកតាមភារកិច្ច។ ជនរងគ្រោះជាច្រើនបាត់បង់ប្រាក់រាប់ពាន់ដុល្លារ។",
        "មន្ទីរសុខាភិបាលខេត្ត ព្រមាន៖ ឥឡូវជារដូវគ្រុនឈាម។ បើកូនក្ដៅខ្លួនលើសពី ២ ថ្ងៃ ឈឺក្បាល ឬហូរឈាមច្រមុះ សូមនាំទៅមណ្ឌលសុខភាពភ្លាម។ កុំព្យាបាលនៅផ្ទះដោយខ្លួនឯង។",
        "អាជ្ញាធរអគ្គិសនី សូមព្រមានថា មានអ្នកក្លែងខ្លួនជាបុគ្គលិក មកផ្ទះ ប្រាប់ថា «កុងទ័រអ្នកខូច ត្រូវបង់ថ្លៃប្ដូរ ៥០ ដុល្លារ ភ្លាមៗ»។ បុគ្គលិកពិតមានកាតសម្គាល់ ហើយការបង់ប្រាក់ធ្វើនៅការិយាល័យតែប៉ុណ្ណោះ។",
        "ធនាគារជាតិ ព្រមានសាធារណជន៖ គម្រោងវិនិយោគដែលសន្យា «ចំណេញ ៣០% ក្នុងមួយសប្ដាហ៍ ធានាមិនខាត» មិនមានអាជ្ញាប័ណ្ណ ហើយមានហានិភ័យខ្ពស់។ សូមកុំវិនិយោគតាមការណែនាំលើបណ្ដាញសង្គម។",
    ],
    en=[
        "The election commission reminds voters that there is no online or app-based voting. Anyone asking you to send a photo of your ID 'to vote from home' is attempting fraud.",
        "Weather warning: heavy rain and strong winds are expected in coastal provinces from Wednesday to Friday. Fishing boats should stay in port. Follow official updates only.",
        "Police warn of 'task jobs' that pay small amounts for liking videos, then demand bigger deposits to 'unlock' your earnings. You will not get the money back. Stop and report.",
        "Securities regulator notice: any scheme promising 'guaranteed' daily returns in crypto is unlicensed. If you were approached in a Telegram group, save the chat and file a report.",
    ],
    mixed=[
        "NEC បញ្ជាក់៖ គ្មានការ vote តាម app ឬ online ទេ ❌ link ដែលប្រាប់ឲ្យ scan អត្តសញ្ញាណប័ណ្ណ គឺ fake ហើយអាចលួចព័ត៌មានផ្ទាល់ខ្លួន",
        "Weather alert ពីក្រសួងធនធានទឹក៖ ភ្លៀងខ្លាំងថ្ងៃពុធដល់សុក្រ នៅខេត្តជាប់សមុទ្រ 🌧 អ្នកនេសាទកុំចេញសមុទ្រ",
    ],
    latn=[
        "komaka bos chhnaot bonhjak tha ot mean bos chhnaot tam app rii online te, sa del tha oy pher rup ID ku bok pras",
        "police promean: ka ngea chuch like video rok 50$ mouy thngai tae tro dak luy mun ku jea bok pras, nak klas bat luy rab pean dollar",
        "monti sokheaphibal: rodov krun chheam hz, bae kon kdao kloun leus 2 thngai, yok tov monduol sokhapheap plam, kom pyeabal ae pteah",
        "thoneakea jeat promean: kumrong vinik tha chomnenh 30% mouy atit tanea ot khat ku ot mean ach nha bann, kom chea",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives: fact-checks that quote the hoax in full before debunking it
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-factcheck-formal",
    neg_kind="fact_check",
    km=[
        "ពិនិត្យការពិត៖ សារដែលកំពុងចែករំលែកថា «ក្រសួងអប់រំផ្អាកការសិក្សាសាលារដ្ឋទាំងអស់ ចាប់ពីថ្ងៃច័ន្ទ ដោយសារកំដៅ» គឺមិនពិតទេ។ យើងបានពិនិត្យទំព័រផ្លូវការរបស់ក្រសួង ហើយមិនមានសេចក្ដីប្រកាសបែបនេះឡើយ។",
        "មានការចែករំលែកសារមួយថា «ស្លឹកខ្នុរស្ងោរព្យាបាលទឹកនោមផ្អែមជាដាច់ ឈប់ចាក់អាំងស៊ុយលីនបាន»។ គ្រូពេទ្យឯកទេសបញ្ជាក់ថា គ្មានភស្តុតាងវិទ្យាសាស្ត្រណាមួយគាំទ្រការអះអាងនេះទេ ហើយការឈប់ថ្នាំអាចបង្កគ្រោះថ្នាក់ដល់អាយុជីវិត។",
        "ការពិត៖ រូបភាពលិខិតមានត្រាក្រហមដែលប្រាប់ថា «អត្តសញ្ញាណប័ណ្ណចាស់ផុតសុពលភាពចុងខែនេះ» ជារូបកែច្នៃ។ ពុម្ពអក្សរ និងលេខលិខិតមិនត្រូវនឹងលិខិតពិតរបស់ក្រសួងទេ។",
        "ពាក្យចចាមអារ៉ាមថា ទំនប់វារីអគ្គិសនីនៅស្ទឹងត្រែងបាក់ គឺមិនពិត។ អាជ្ញាធរខេត្តបានចុះពិនិត្យ និងផ្សាយវីដេអូផ្ទាល់ពីទីតាំងនៅព្រឹកនេះ។ ទំនប់នៅដំណើរការធម្មតា។",
        "សារ «បោះឆ្នោតតាមអនឡាញបាន គ្រាន់តែផ្ញើរូបអត្តសញ្ញាណប័ណ្ណ» ជាព័ត៌មានក្លែងក្លាយ។ ច្បាប់បោះឆ្នោតតម្រូវឲ្យអ្នកបោះឆ្នោតទៅការិយាល័យបោះឆ្នោតដោយផ្ទាល់។ កុំផ្ញើអត្តសញ្ញាណប័ណ្ណទៅនរណាម្នាក់។",
        "សម្ដីដែលគេថា រដ្ឋមន្ត្រីក្រសួងកសិកម្មនិយាយថា «កសិករគួរឈប់ធ្វើស្រែ» មិនមាននៅក្នុងវីដេអូសន្និសីទកាសែតពេញលេញទេ។ យើងបានមើលវីដេអូទាំងមូល ៤៧ នាទី។ សម្រង់នេះត្រូវបានប្រឌិតឡើង។",
        "អង្ករផ្លាស្ទិច៖ វីដេអូដែលបង្ហាញបាយលោតដូចបាល់ គឺជាវីដេអូចាស់ពីបរទេស។ អ្នកជំនាញថា បាយដែលស្ងួតហើយរុំជាដុំ អាចលោតបានធម្មតា។ មិនទាន់មានករណីអង្ករផ្លាស្ទិចត្រូវបានរកឃើញនៅកម្ពុជាទេ។",
    ],
    en=[
        "FACT CHECK: A post claims 'sleeping with a fan on in a closed room can suffocate you'. This is a myth. Fans move air; they do not remove oxygen. Doctors advise keeping rooms ventilated in hot weather, but fans are safe.",
        "Claim: 'The Ministry of Labour is paying every garment worker a $150 bonus, just bring your ID to HR.' Verdict: False. No such programme exists and the ministry has not made any announcement.",
        "The viral quote attributed to the commerce minister, 'let them eat fish sauce with rice', does not appear in any recording or transcript. The image uses a photo from an unrelated event two years ago.",
        "We looked into the message that says 'CellKhmer is giving $10 free credit for its 15th anniversary, enter your OTP'. The company confirmed it is a phishing scam. Never share a one-time code.",
        "No, the grade 12 national exam has not been cancelled. The message saying 'everyone passes automatically' is recycled from a hoax that circulated three years ago. The exam schedule on the ministry site is unchanged.",
    ],
    mixed=[
        "❌ FAKE: 'ឈប់រៀន 2 weeks ដោយសារ heatwave' — ក្រសួងអប់រំមិនបានប្រកាសទេ។ ✅ ពិនិត្យតែ official page របស់ក្រសួងប៉ុណ្ណោះ",
        "Fact check៖ video 'vaccine មាន microchip' គឺ edited ហើយមកពីក្រៅប្រទេស។ Vaccine ដែលប្រើនៅកម្ពុជា ឆ្លងកាត់ការត្រួតពិនិត្យពី WHO",
        "Claim ថា 'ម្សៅទឹកដោះគោ brand ថ្មីមានផ្លាស្ទិច ក្មេងស្លាប់ 2' — មិនពិតទេ។ ក្រសួងសុខាភិបាលមិនមាន report ករណីនេះទេ ហើយរូបភាពជារូបចាស់",
    ],
    latn=[
        "pinit kar pit: sa del tha 'krasuong op rom bet sala rodth teang os chab pi thngai chan' ot pit te, yeung merl page krasuong hz ot mean te",
        "sa tha 'slek knor sngor jea tuk nom pa em dach' ot pit te, pet bonhjak tha ot mean phos do tang, chhop thnam ach kroh thnak",
        "ke tha tumnub steung treng bak ku ot pit, aja thor khet chos pinit hz phsay video phtal prek nis, tumnub nov thommada",
        "sa 'bos chhnaot online ban' ku kleng kleay, trov tov kariyaly bos chhnaot phtal, kom pher ID tov nak na",
        "somdei del ke tha rothmontrei niyey 'kasekor gour chhop tver srae' ot mean knong video penh te, yeung merl 47 neati hz, ke bong kert",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives: informal corrections in comment threads and chats
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-factcheck-replies",
    neg_kind="fact_check",
    km=[
        "អត់ទេបង សេចក្ដីជូនដំណឹងនោះក្លែងក្លាយ។ ខ្ញុំចូលមើលទំព័រក្រសួងហើយ គ្មានទេ។ ត្រាក៏ខុសដែរ មើលអក្សរនៅជុំវិញត្រាទៅ។",
        "ម៉ាក់ៗ កុំជឿសារ «ក្មេងក្ដៅខ្លួនមិនត្រូវឲ្យផឹកទឹក» ណា។ ខ្ញុំជាគិលានុបដ្ឋាយិកា ក្មេងក្ដៅខ្លួនត្រូវការទឹកច្រើនជាងធម្មតា ដើម្បីកុំឲ្យខ្វះជាតិទឹក។",
        "@សុភ័ក្ត្រ ខ្ញុំទូរស័ព្ទទៅសាលាកូនខ្ញុំហើយ នាយកសាលាថា ស្អែករៀនធម្មតា។ សារដែលថាសាលាទាំងអស់ឈប់ គឺគ្មានប្រភពទេ។",
        "បងប្អូនក្នុងក្រុម សូមកុំផ្ញើសារ «ធនាគារទន្លេជិតក្ស័យធន» បន្តទៀត។ ខ្ញុំសួរបុគ្គលិកធនាគារផ្ទាល់ហើយ គេថាជារឿងប្រឌិត ហើយធនាគារកំពុងប្ដឹងទំព័រដែលផ្សាយ។",
        "ហាហា បងអើយ រឿងខ្ទឹមសព្យាបាលលើសឈាម ជឿមិនបានទេ។ ប៉ាខ្ញុំធ្លាប់ឈប់ថ្នាំម្ដង ហើយត្រូវដឹកទៅពេទ្យទាំងយប់។ ញ៉ាំខ្ទឹមបាន តែកុំឈប់ថ្នាំ។",
        "អ្នកណាចែករំលែករឿងឡានវ៉ានសចាប់ក្មេងនៅតាកែវ សូមលុបវិញផង។ ប៉ូលិសស្រុកបានបញ្ជាក់ក្នុងទំព័រគេហើយថា មិនមានករណីនេះទេ។ ឪពុកម្ដាយភ័យខ្លាចអស់ហើយ។",
        "ខ្ញុំក៏ទទួលសារហ្នឹងដែរ «ឈ្នះរថយន្ត Lexus បង់ពន្ធ ៣៥០ ដុល្លារ»។ ឆបោកទេ។ គ្មានឡូតូណាឲ្យអ្នកឈ្នះបង់លុយមុនទេ។ កុំផ្ទេរអី។",
    ],
    en=[
        "no bro that ministry notice is fake, I checked the ministry page and their Telegram channel. Nothing about school closing. The logo is even stretched lol",
        "Aunty please don't forward the one about ice water causing cancer. There's no such study from Japan, I looked. Cold drinks are fine.",
        "Replying to the group: the 'share before it's deleted' post about flood aid money has no source, no document, nothing. Just a screenshot of text. Let's not spread it until there's evidence.",
        "My cousin works at SmartLink. She says the 30GB anniversary thing is a scam page, not them. They never ask for your verification code.",
        "Before anyone panics: the earthquake 'prediction' for Phnom Penh is not a thing. Nobody can predict earthquakes to the day. That message goes around every year.",
    ],
    mixed=[
        "Bro អានេះ fake ទេ 😂 ខ្ញុំ check page ក្រសួងហើយ មិនមានទេ។ Logo ក៏ខុសទៀត",
        "@ម៉ាក់ចិន្តា កុំ share rumor 'covid variant ថ្មីស្លាប់ក្នុង 3 ថ្ងៃ' ណា ម៉ាក់។ ក្រសួងសុខាភិបាលមិនមាន announcement អីទេ ខ្ញុំ check រួចហើយ",
        "Group admin note: post 'ថ្លៃសាំង 8,000 រៀល ថ្ងៃស្អែក' មិនពិតទេ។ Please delete ហើយកុំ forward ទៀត 🙏",
    ],
    latn=[
        "ot te bro, sechkdei chun domnung nus kleng kleay, nhom chol merl page krasuong hz ot mean te, tra ka khos dae",
        "mak mak kom jeur sa 'kmeng kdao kloun kom oy phik tuk' na, nhom jea kilea nu bat, kmeng kdao kloun trov ka tuk chraen jeang thommada",
        "nhom call tov sala kon nhom hz, neayuk sala tha saek rien thommada, sa del tha sala chhop os ot mean prophop te",
        "bong oun kom pher sa 'thoneakea tonle jit ksay thon' tiet, nhom sour bokalik bank phtal hz, ke tha rieng bong kert",
        "hah bong, rieng ktoem sor pyeabal leus chheam kom jeur, pa nhom chhop thnam mdong tro duk tov pet teang yub, nham ktoem ban tae kom chhop thnam",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives: news reports about scams, abuse and trafficking
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-news",
    neg_kind="news_report",
    km=[
        "ប៉ូលិសខេត្តកណ្ដាល បានចាប់ខ្លួនជនសង្ស័យ ៣ នាក់ ពាក់ព័ន្ធនឹងការបង្កើតទំព័រហ្វេសប៊ុកក្លែងជាធនាគារ ដើម្បីលួចលេខកូដ OTP របស់អតិថិជន។ ជនរងគ្រោះជាង ២០ នាក់បានដាក់ពាក្យបណ្ដឹង។",
        "ពលករខ្មែរ ១២ នាក់ ដែលត្រូវគេបោកថានឹងទៅធ្វើការក្រុមហ៊ុនបច្ចេកវិទ្យា ត្រូវបានជួយសង្គ្រោះពីមជ្ឈមណ្ឌលឆបោកតាមអនឡាញមួយ និងបានមកដល់ប្រទេសវិញកាលពីម្សិលមិញ។",
        "តុលាការខេត្តបានកាត់ទោសបុរសម្នាក់ឲ្យជាប់ពន្ធនាគារ ៥ ឆ្នាំ ពីបទឆបោកយកប្រាក់ពីពលរដ្ឋ ដោយសន្យាថានឹងរកការងារនៅប្រទេសកូរ៉េឲ្យ។",
        "ស្ត្រីម្នាក់នៅខេត្តតាកែវ បាត់បង់ប្រាក់ជាង ៨,០០០ ដុល្លារ ក្រោយចូលរួមការងារ «ចុចចូលចិត្ត» លើកម្មវិធីមួយ។ នាងបានរៀបរាប់ថា ដំបូងទទួលបានប្រាក់តិចៗ រួចត្រូវគេបង្ខំឲ្យដាក់ប្រាក់បន្ថែម។",
        "អង្គការការពារកុមារមួយ រាយការណ៍ថា ចំនួនករណីហិង្សាលើកុមារដែលបានរាយការណ៍មកខ្សែទូរស័ព្ទជំនួយ កើនឡើងក្នុងឆ្នាំនេះ ដែលអ្នកជំនាញយល់ថា ផ្នែកមួយដោយសារពលរដ្ឋហ៊ានរាយការណ៍ច្រើនជាងមុន។",
        "មន្ត្រីឃុំម្នាក់ត្រូវបានផ្អាកពីតំណែង ក្រោយមានបណ្ដឹងពីអ្នកភូមិថា បានទារប្រាក់ក្រៅផ្លូវការលើការធ្វើសំបុត្រកំណើត។ អាជ្ញាធរស្រុកកំពុងស៊ើបអង្កេត។",
        "ក្រុមហ៊ុនទូរស័ព្ទមួយ បានបិទលេខទូរស័ព្ទជាង ៣០០ លេខ ដែលប្រើសម្រាប់ផ្ញើសារឆបោក «ឈ្នះរង្វាន់» ក្នុងរយៈពេលមួយខែកន្លងមក។",
        "អ្នកភូមិក្នុងឃុំមួយនៃខេត្តព្រះវិហារ បានតវ៉ានៅមុខសាលាខេត្តកាលពីព្រឹកមិញ ទាមទារឲ្យដោះស្រាយជម្លោះដីធ្លីជាមួយក្រុមហ៊ុនចម្ការ។ អភិបាលរងខេត្តបានចេញមកទទួលពាក្យបណ្ដឹង។",
        "ប៉ូលិសបានរំដោះស្ត្រី ៤ នាក់ ដែលត្រូវគេឃុំនៅក្នុងផ្ទះមួយ ក្រោយពួកនាងត្រូវបានបោកឲ្យមកធ្វើការជាអ្នកបម្រើផ្ទះ។ ជនសង្ស័យ ២ នាក់ត្រូវបានឃាត់ខ្លួន។",
        "ក្រសួងព័ត៌មានបានបង្ហាញថា ក្នុងឆ្នាំនេះមានព័ត៌មានក្លែងក្លាយជាងរាប់រយករណី ដែលភាគច្រើនទាក់ទងនឹងសុខភាព និងការចែករង្វាន់ក្លែងក្លាយ។",
        "មន្ទីរពេទ្យកុមារបានទទួលក្មេងជាង ៥០ នាក់ដែលមានជំងឺគ្រុនឈាមក្នុងសប្ដាហ៍នេះ។ គ្រូពេទ្យស្នើឲ្យឪពុកម្ដាយនាំកូនមកពិនិត្យឲ្យបានឆាប់ នៅពេលមានរោគសញ្ញា។",
    ],
    en=[
        "Police in Siem Reap arrested two men accused of running a fake lottery page that told 'winners' to pay a handling fee. Investigators say at least 40 people lost money.",
        "Fourteen Cambodians trafficked to a scam compound abroad after answering a job ad for 'customer service, no experience needed' returned home on Tuesday, the labour ministry said.",
        "A court sentenced a recruitment agent to seven years in prison for taking deposits from villagers with promises of factory jobs in Malaysia that did not exist.",
        "Villagers from a commune in Kratie protested outside the provincial hall on Monday over a long-running land dispute with an agricultural company. Officials accepted their petition.",
        "A teacher in Kampong Speu was arrested on charges of abusing a student after the child's parents filed a complaint. The school has suspended him pending trial.",
        "Reported phishing attempts using the names of local banks doubled this year, according to a banking association, which urged customers never to share one-time codes.",
        "An e-wallet company said it had frozen dozens of accounts used to collect money from victims of a fake investment scheme that promised weekly returns of 30%.",
    ],
    mixed=[
        "📰 ប៉ូលិសចាប់ suspect 3 នាក់ ដែលបង្កើត fake bank page លួច OTP អតិថិជន។ Victims ជាង 20 នាក់បានប្ដឹង",
        "News: ពលករ 12 នាក់ត្រូវបាន rescue ពី scam compound ហើយត្រឡប់មកស្រុកវិញហើយ។ ពួកគាត់ត្រូវគេបោកថាទៅធ្វើការ IT",
        "Court កាត់ទោសបុរសម្នាក់ 5 ឆ្នាំ ពីបទ fraud job ក្លែងក្លាយទៅកូរ៉េ។ Victims បង់ deposit ម្នាក់ៗ $1,000+",
        "Update: អ្នកភូមិ protest នៅមុខសាលាខេត្ត រឿង land dispute។ អភិបាលរងខេត្តមកទទួល petition ហើយ",
        "ស្ត្រីម្នាក់ខាតលុយ $8,000 ដោយសារ task scam 'like video'។ Police ស្នើឲ្យ report ភ្លាមបើជួបករណីដូចគ្នា",
    ],
    latn=[
        "police khet kandal chab kloun 3 nak pi bodt bongkert page facebook kleng jea bank loach code OTP, nak rong kroh jeang 20 nak ban pdeng",
        "pulakor khmer 12 nak del ke bok tha tov tver ka IT tro ban jouy songkroh pi mochhimondol bok pras online, mok dol srok vinh msel minh",
        "tolaka kat tos boros mnak 5 chnam pi bodt bok pras luy pulroth sonya rok ka ngea nov kore oy",
        "srey mnak nov takeo bat luy jeang 8000$ kraoy chol ruom ka ngea chuch like leu app mouy",
        "montrei khum mnak tro ban phak pi tomneng kraoy nak phum pdeng tha tea luy kraw plov ka leu kar tver sombot komnert",
        "nak phum nov preah vihear tv nov muk sala khet prek minh, tea mtea oy doh srai chumloh dey jea mouy company",
        "police romdoh srey 4 nak del ke khum knong pteah mouy, ke bok oy mok tver nak bomrer pteah, chun songsay 2 nak tro khat kloun",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives: correct health advice (including urgent wording and "share")
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-health",
    neg_kind="health_advice",
    km=[
        "ពេលកូនក្ដៅខ្លួន សូមឲ្យផឹកទឹកឲ្យបានច្រើន ជូតខ្លួនដោយទឹកឧណ្ហៗ ហើយបើក្ដៅលើសពី ២ ថ្ងៃ ឬមានកន្ទួលក្រហម សូមនាំទៅមណ្ឌលសុខភាពភ្លាម។ ចែករំលែកទៅម្ដាយៗផង។",
        "ជំងឺទឹកនោមផ្អែម ត្រូវការការព្យាបាលពីគ្រូពេទ្យ។ ការហូបបន្លែច្រើន កាត់បន្ថយស្ករ និងដើរហាត់ប្រាណជួយបាន ប៉ុន្តែសូមកុំឈប់លេបថ្នាំ ឬចាក់អាំងស៊ុយលីន ដោយមិនបានពិគ្រោះពេទ្យ។",
        "រដូវក្ដៅនេះ សូមផឹកទឹកឲ្យបានយ៉ាងហោចណាស់ ២ លីត្រក្នុងមួយថ្ងៃ ជៀសវាងធ្វើការក្រោមថ្ងៃត្រង់ ហើយបើមានវិលមុខ ក្អួត ឬសន្លប់ សូមហៅរថយន្តសង្គ្រោះបន្ទាន់ ១១៩។",
        "ការចាក់វ៉ាក់សាំងឲ្យកូនតាមកាលវិភាគ ការពារពីជំងឺកញ្ជ្រឹល ស្អូច និងរបេង។ វ៉ាក់សាំងនៅមណ្ឌលសុខភាពរដ្ឋ ឥតគិតថ្លៃ។ យកសៀវភៅតាមដានសុខភាពកូនទៅជាមួយផង។",
        "បើមានអ្នកមានរោគសញ្ញាដាច់សរសៃឈាមខួរក្បាល ដូចជា មុខវៀច ដៃខ្សោយម្ខាង និយាយមិនច្បាស់ សូមនាំទៅមន្ទីរពេទ្យភ្លាមៗ។ កុំចាក់ម្ជុល ឬកោសខ្យល់ ព្រោះពេលវេលាសំខាន់ណាស់។",
        "ដើម្បីការពារគ្រុនឈាម៖ គ្រប ឬចាក់ចោលទឹកដែលដក់ក្នុងពាង កំប៉ុង និងកង់ចាស់ៗ ដេកក្នុងមុង និងលាបថ្នាំការពារមូស។ ធ្វើរៀងរាល់សប្ដាហ៍ មិនមែនតែពេលមានអ្នកឈឺទេ។",
        "អ្នកមានជំងឺលើសឈាម សូមបន្តលេបថ្នាំតាមវេជ្ជបញ្ជា ទោះបីមានអារម្មណ៍ស្រួលខ្លួនក៏ដោយ។ វាស់សម្ពាធឈាមជាប្រចាំ កាត់បន្ថយអំបិល និងទឹកត្រី។",
        "ម្ដាយដែលទើបសម្រាល គួរបំបៅកូនដោយទឹកដោះម្ដាយ ក្នុងរយៈពេល ៦ ខែដំបូង។ បើមានបញ្ហា សូមសួរឆ្មប ឬគ្រូពេទ្យនៅមណ្ឌលសុខភាព។",
        "ប្រញាប់ណាស់ សូមចែករំលែក៖ បើក្មេងរាកខ្លាំង សូមឲ្យផឹកទឹកអំបិលរ៉ែ (ORS) បន្តិចម្ដងៗ ហើយនាំទៅពេទ្យបើភ្នែកស្រុត ឬមិនព្រមផឹក។ ការខ្វះជាតិទឹកអាចគ្រោះថ្នាក់ដល់ជីវិត។",
    ],
    en=[
        "Please share with your parents: if someone's face droops, one arm is weak or their speech is slurred, get them to a hospital immediately. Don't try needle pricking or coining first. Every minute counts.",
        "Heat advice: drink water regularly even if you don't feel thirsty, rest in the shade, and check on elderly neighbours. Confusion or fainting is an emergency, call 119.",
        "Flu season reminder: get vaccinated if you're over 60, pregnant or have a chronic illness. Wash hands, stay home when sick, and see a doctor if you struggle to breathe.",
        "If you're on blood pressure or diabetes medicine, don't stop taking it because a post says a herb will cure you. Talk to your doctor first, some herbs even interact with the medicine.",
        "Dengue warning signs in children: high fever for 2+ days, vomiting, stomach pain, bleeding gums. Go to a health centre right away. Paracetamol only, no aspirin or ibuprofen.",
        "Simple stuff that works: wash hands with soap before cooking and eating, boil or filter drinking water, and keep cooked food covered. Cuts diarrhoea in kids a lot.",
    ],
    mixed=[
        "Tips ពីគ្រូពេទ្យ៖ ពេល heatwave ផឹកទឹកឲ្យបានច្រើន 💧 ជៀសវាងថ្ងៃត្រង់ បើវិលមុខខ្លាំង ហៅ 119 ភ្លាម។ Share ឲ្យគ្រួសារផង",
        "Reminder ឲ្យម្ដាយៗ៖ vaccine កូនតាម schedule នៅមណ្ឌលសុខភាព free ✅ យកសៀវភៅ vaccine ទៅជាមួយ",
        "Diabetes មិនអាចព្យាបាលជាដាច់ដោយ herbs ទេ 🙏 ញ៉ាំបន្លែច្រើន ដើរ exercise និងលេបថ្នាំតាម doctor ជាផ្លូវល្អបំផុត",
        "គ្រុនឈាមកំពុងកើនឡើង 🦟 គ្របពាងទឹក ដេកក្នុងមុង ហើយបើកូនក្ដៅខ្លួនលើស 2 ថ្ងៃ ទៅ health centre ភ្លាម",
    ],
    latn=[
        "pel kon kdao kloun sum oy phik tuk oy chraen, jut kloun tuk onh onh, bae kdao leus 2 thngai yok tov monduol sokhapheap plam",
        "rodov kdao phik tuk oy ban 2 litre mouy thngai, kom tver ka kraom thngai trang, bae vil muk kaot sonlob call 119",
        "chak vaccine oy kon tam kalvipheak nov monduol sokhapheap rodth free te, yok sievphov tam dan sokhapheap tov phong",
        "nak mean jomngeu leus chheam sum leb thnam tam pet prab, tos mean aromm srual kloun ka daoy, kat bonhtoy ambel tuk trey",
        "bae mean nak muk viech, dai khsaoy mkhang, niyey ot chhbas, yok tov pet plam, kom chak mjul kom kaos kjol, pel vela somkhan nas",
        "ka pea krun chheam: krob peang tuk, chak tuk del dork chol, dek knong mung, tver roal atit, share oy phum phong",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives (hard benign): real promotions and real job adverts with an address and no fee
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-benign-promo-jobs",
    neg_kind="benign",
    hard=True,
    km=[
        "🎉 ហាងកាហ្វេយើងខ្ញុំ អបអរខួប ៣ ឆ្នាំ! ទិញកាហ្វេ ១ កែវ ថែម ១ កែវ ថ្ងៃសៅរ៍ និងអាទិត្យនេះ នៅសាខាផ្សារដើមថ្កូវ។ មិនចាំបាច់ចុចតំណអ្វីទេ គ្រាន់តែមកដល់ហាង។",
        "ត្រូវការអ្នកលក់ស្រី ២ នាក់ នៅហាងលក់ទូរស័ព្ទ ផ្លូវលេខ ២៧១។ ប្រាក់ខែ ២២០ ដុល្លារ + កម្រៃជើងសារ។ មិនយកថ្លៃអ្វីទាំងអស់។ យកប្រវត្តិរូបមកផ្ទាល់ ម៉ោង ៨ ព្រឹក ដល់ ៥ ល្ងាច។",
        "បញ្ចុះតម្លៃ ៥០% រយៈពេលតែ ៣ ថ្ងៃប៉ុណ្ណោះ! ខោអាវក្មេងគ្រប់មុខ នៅតូបលេខ ១១២ ផ្សារកណ្ដាល។ ប្រញាប់មក មុនអស់ទំហំ 😊",
        "រោងចក្រកាត់ដេរនៅស្រុកពញាឮ ជ្រើសរើសកម្មករ ៥០ នាក់ ប្រាក់ខែតាមច្បាប់ មានប្រាក់បន្ថែមម៉ោង។ ចុះឈ្មោះនៅច្រកទ្វាររោងចក្រដោយផ្ទាល់ ឥតគិតថ្លៃ។",
        "ខួប ១០ ឆ្នាំ ហាងនំបុ័ងយើង 🎂 អតិថិជន ១០០ នាក់ដំបូងនៅព្រឹកថ្ងៃច័ន្ទ ទទួលនំខេកតូចមួយដោយឥតគិតថ្លៃ។ មកដល់ហាងផ្ទាល់ មិនសុំលេខទូរស័ព្ទ មិនសុំអ្វីទាំងអស់។",
        "មជ្ឈមណ្ឌលភាសាអង់គ្លេសរបស់យើង ត្រូវការគ្រូបង្រៀនពេលល្ងាច ២ នាក់។ សម្ភាសន៍នៅទីតាំងសាលា ភូមិថ្មី ខេត្តសៀមរាប ថ្ងៃព្រហស្បតិ៍។ មិនមានការយកប្រាក់កក់ ឬថ្លៃឯកសារទេ។",
    ],
    en=[
        "Anniversary week at our noodle shop 🍜 every bowl $2 instead of $3, Monday to Sunday, 7am–2pm. Street 63 near the corner of 294. No coupons, no sign-ups, just come hungry.",
        "We're hiring: 2 cashiers and 1 kitchen helper for our café in Battambang town (opposite the old market). $200–250/month, meals included. Walk-in interviews Tue–Thu. We never charge applicants.",
        "LAST DAY of our clearance sale!! Everything in store 30–60% off until 9pm tonight. Share with your friends who need school bags 🎒",
        "Factory job fair this Saturday at the commune hall, 8am. Five registered garment factories recruiting. Bring your ID. Registration is free; ignore anyone asking for a fee on our behalf.",
    ],
    mixed=[
        "Promotion ពិតៗ 😆 ខួប 5 ឆ្នាំ ហាង milk tea យើង buy 1 get 1 free ថ្ងៃសុក្រនេះ នៅសាខា ទួលគោក។ មិនចាំបាច់ click link អីទេ មកហាងផ្ទាល់",
        "Hiring ✅ receptionist 1 នាក់ នៅ guesthouse ក្រុងកំពត salary $250 + ស្នាក់នៅ។ Interview នៅ guesthouse ផ្ទាល់ គ្មាន fee ទេ",
    ],
    latn=[
        "hang kafe yeung chuop 3 chnam, tinh 1 thaem 1 thngai sao nung atit nis nov sakha psar derm thkov, ot bach chuch link te mok hang phtal",
        "trov ka nak luk srey 2 nak nov hang luk tur sab plov 271, prak khae 220$ + commission, ot yok tlai ey te, yok CV mok phtal",
        "bonhjos tlai 50% tae 3 thngai ponnoh! kao av kmeng nov tob 112 psar thmey, leun mok mun os size",
        "rong chak kat der nov srok ponhea leu rok kammakor 50 nak, prak khae tam chbab, chuh chhmous nov tvea rong chak free",
        "mochhimondol pheasa anglais trov ka kru bongrien pel lngeach 2 nak, sombhas nov sala phum thmey siem reap, ot yok luy kok te",
    ],
))


# ---------------------------------------------------------------------------------------------
# Negatives (hard benign): urgent-sounding but genuine community notices
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w3f-neg-benign-community",
    neg_kind="benign",
    hard=True,
    km=[
        "បាត់ឆ្កែ! ឆ្កែញីពណ៌លឿង ឈ្មោះ ម៉ិចម៉ិច ពាក់ខ្សែកពណ៌ក្រហម បាត់ពីផ្ទះនៅសង្កាត់ទឹកថ្លា ល្ងាចម្សិលមិញ។ អ្នកណាឃើញ សូមទាក់ទងមកខ្ញុំផង មានរង្វាន់ជូន។ សូមជួយចែករំលែក 🙏",
        "ប្រញាប់! ត្រូវការឈាមក្រុម O ២ ថង់ សម្រាប់ម្ដាយខ្ញុំ ដែលកំពុងវះកាត់នៅមន្ទីរពេទ្យខេត្តកំពង់ចាម។ អ្នកណាអាចបរិច្ចាគបាន សូមមកផ្ទាល់នៅមណ្ឌលផ្ដល់ឈាមនៃមន្ទីរពេទ្យ។ អរគុណច្រើន។",
        "សូមជួយចែករំលែក៖ ក្មេងប្រុសអាយុ ៧ ឆ្នាំ ឈ្មោះ វិបុល បាត់ខ្លួននៅផ្សារថ្ងៃអាទិត្យ។ ប៉ូលិសប៉ុស្តិ៍បានទទួលពាក្យបណ្ដឹង និងបញ្ជាក់ព័ត៌មាននេះហើយ។ បើឃើញ សូមទាក់ទងប៉ុស្តិ៍នគរបាលឃុំ។",
        "ជូនដំណឹងបន្ទាន់ពីវត្ត៖ ដោយសារភ្លៀងធ្លាក់ខ្លាំង ពិធីបុណ្យកឋិនស្អែក ត្រូវប្ដូរទៅធ្វើក្នុងសាលាឆាន់វិញ។ ម៉ោងនៅដដែល។ សូមញាតិញោមជួយប្រាប់គ្នាតៗ។",
        "ភ្លើងនឹងដាច់ស្អែកពីម៉ោង ៧ ព្រឹក ដល់ ៣ រសៀល នៅភូមិខ្ញុំ ដើម្បីប្ដូរបង្គោលភ្លើង។ អាជ្ញាធរអគ្គិសនីបានបិទសេចក្ដីជូនដំណឹងនៅមុខសាលាឃុំហើយ។ សាកថ្មទូរស័ព្ទទុកផង។",
        "រកឃើញកាបូបលុយមួយនៅមុខសាលារៀន មានអត្តសញ្ញាណប័ណ្ណ និងលុយខ្លះ។ ខ្ញុំបានយកទៅផ្ញើនៅប៉ុស្តិ៍នគរបាលហើយ។ សូមចែករំលែក ឲ្យម្ចាស់បានដឹង។",
    ],
    en=[
        "URGENT: our neighbour's grandmother (78, white hair, blue blouse) walked out this morning and hasn't come back. She has memory problems. Police have been informed. Please share in Sen Sok groups.",
        "Blood needed today! Type B+ for a 9-year-old at the children's hospital after an accident. Donors please go directly to the hospital blood bank with your ID. No payments involved, just blood. Thank you!",
        "Please share: missing child, 5-year-old girl named Dara, last seen near the riverside playground. The district police have confirmed the report and are searching. Call the police post if you see her.",
        "Heads up neighbours, water will be cut from 10pm to 6am tonight for pipe repairs on our street. The water authority put a notice on the gate. Fill some buckets!",
        "Lost cat 😿 grey tabby with a white chest, answers to Mochi, missing since Friday around Street 310. Reward if found. Please RT/share, she's an indoor cat and must be terrified.",
    ],
    mixed=[
        "🆘 ត្រូវការ blood type A+ ប្រញាប់ សម្រាប់បងប្រុសខ្ញុំនៅ Calmette hospital។ អ្នកណា donate បាន មកផ្ទាល់ blood bank សូមអរគុណ 🙏 please share",
        "Lost dog 🐶 ឆ្កែពណ៌ខ្មៅ ឈ្មោះ Lucky បាត់ពីផ្ទះនៅ Toul Kork ម្សិលមិញ។ Reward សម្រាប់អ្នករកឃើញ សូម share ផង",
        "Share please 🙏 ក្មេងស្រីអាយុ 6 ឆ្នាំបាត់នៅផ្សារ ប៉ូលិសស្រុក confirm ហើយ និងកំពុងស្វែងរក។ បើឃើញ call ប៉ុស្តិ៍ប៉ូលិសភ្លាម",
    ],
    latn=[
        "bat chhke! chhke nhi por leang chhmous michmich pak khsae ka kraham bat pi pteah nov sangkat tuk thla, nak na kheunh sum call mok nhom, mean rongvan, share phong",
        "bronhab! trov ka chheam krom O 2 thong oy mak nhom kompong veah kat nov pet khet kompong cham, nak na bor ichak ban mok phtal pet, ar kun chraen",
        "sum jouy share: kmeng proh 7 chnam chhmous vibol bat kloun nov psar thngai atit, police bos ban bonhjak hz, bae kheunh sum call police khum",
        "pleung nung dach saek pi mong 7 prek dol 3 rosiel nov phum nhom, ke dor bongkol pleung, sak tmor tur sab tuk phong bong oun",
    ],
))

# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""The abuse / hard-negative boundary, written wide: varied whole posts plus a few slot templates.

Posts here are written once each (`source="handwritten"`), in shapes unlike the older templates:
"they" statements and coded hate, veiled threats that never say "kill", grooming chats that move
step by step (age, private app, secrecy, gifts, meeting alone), next to the posts that share their
vocabulary without being abuse: buy-and-sell chats that offer photos, school and family posts,
child-protection and anti-hate campaigns that quote the warning signs, court and arrest reports,
friends' and gamers' trash talk, harsh political criticism and angry complaints.

All people are invented. Child-safety material is indicator level only, never sexual description.
Hate speech is kept at indicator level: slurs, exclusion, boycotts, dehumanising comparisons."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


# ---------------------------------------------------------------------------------------------
# Positives: hate
# ---------------------------------------------------------------------------------------------

_HATE_VIET = _posts(
    "wa-hw-hate-viet",
    abuse=("hate",),
    km=[
        "ឃើញអត់ ផ្សារនេះឥឡូវសុទ្ធតែតូបយួន។ ខ្មែរយើងកុំទៅទិញពីពួកវាអី ទុកឲ្យវាក្ស័យធនខ្លួនឯងទៅ។",
        "យួនគឺនៅតែយួន ទោះកើតនៅស្រុកខ្មែរប៉ុន្មានជំនាន់ក៏នៅតែជាសត្រូវ។ កុំទុកចិត្តពួកវាឲ្យសោះ។",
        "ពួកនេះដូចកណ្ដុរ ចូលមកមួយ ហើយនាំគ្នាមកពេញមួយភូមិ។ អាជ្ញាធរគួររុះផ្ទះបណ្ដែតទឹករបស់ពួកវាចោលទាំងអស់។",
        "ម្ចាស់ផ្ទះជួលណាដែលជួលឲ្យយួន គឺក្បត់ជាតិ។ ខ្ញុំនឹងដាក់ឈ្មោះផ្ទះទាំងនោះក្នុងក្រុមនេះ ឲ្យខ្មែរឈប់ជួល។",
        "មិនចង់ឃើញអក្សរយួននៅលើស្លាកហាងក្នុងស្រុកយើងទៀតទេ។ ត្រឡប់ទៅស្រុកវាវិញទៅ ទីនេះមិនមែនសម្រាប់ពួកវាទេ។",
        "យួនល្អមិនមាននៅលើលោកនេះទេ។ មុខញញឹមដាក់យើង តែក្រោយខ្នងលួចដីយើង។",
        "កូនក្រមុំខ្មែរណាយកប្ដីយួន គឺលែងជាខ្មែរហើយ។ គ្រួសារគួរតែកាត់ចោលតែម្ដង។",
    ],
    en=[
        "honestly the yuon are like termites, you don't notice them until the whole house is eaten. wake up cambodia",
        "Every one of those fishing villages on the lake should be cleared out and sent back across the border. They were never Khmer and never will be.",
        "Rule in our family: we don't buy from Vietnamese stalls, we don't rent to them, we don't hire them. If every Khmer did this they'd be gone in a year.",
        "There's no such thing as a good yuon. They smile to your face and steal your land behind your back.",
        "Why is my kid's class half Vietnamese now?? These people breed like rats and the schools just let them in.",
    ],
    mixed=[
        "Boycott ហាងយួនទាំងអស់!! ពួកវាយកលុយខ្មែរទៅស្រុកវាអស់ 😡 share ឲ្យខ្មែរដឹង",
        "យួន = សត្រូវ forever. កុំ trust ពួកវា ទោះវានិយាយខ្មែរច្បាស់ក៏ដោយ",
        "ចង់បាន list ផ្ទះជួលដែលឲ្យយួនជួលទេ? comment 'ចង់' ខ្ញុំ post ឲ្យ 👇 ឈប់ជួលពីម្ចាស់ផ្ទះក្បត់ជាតិ",
    ],
    latn=[
        "yuon nov tae yuon, kert nov srok khmer ka min men khmer dae, kom tuk chet pouk vea",
        "psar nis pel nis pen tae tob yuon, khmer yeung kom tinh pi vea, oy vea kraw ban tov srok vea vinh",
        "pouk nis dauch kondor, chol mouy nam knea mok penh mouy phum. bondenh chenh teang os tov",
        "srey khmer na yok pdey yuon, lerng jea khmer hz, krusa kat chol tae mdong",
    ],
)

_HATE_CHINESE = _posts(
    "wa-hw-hate-chinese",
    abuse=("hate",),
    km=[
        "ចិនដីគោកមកដល់ណា ស្រុកនោះខូចដល់ណា។ កាស៊ីណូ ចោរប្លន់ ឆបោក សុទ្ធតែពួកវា។ បណ្ដេញចេញឲ្យអស់!",
        "ពួកចិនខ្មៅទាំងនេះ មិនចាត់ទុកខ្មែរជាមនុស្សទេ យើងក៏មិនចាំបាច់ចាត់ទុកពួកវាជាមនុស្សដែរ។",
        "កុំជួលបន្ទប់ឲ្យចិន។ ពួកវាកខ្វក់ ហើយនាំតែរឿងអាក្រក់មកភូមិយើង។",
        "សីហនុវិលឥឡូវក្លាយជាខេត្តចិនបាត់ទៅហើយ។ ពួកវាគួរតែត្រូវបញ្ជូនត្រឡប់ទៅវិញទាំងអស់ ទាំងថៅកែ ទាំងកម្មករ។",
        "ពួកចិនមកទីនេះដូចកណ្ដូបស៊ីស្រែ ស៊ីអស់ហើយហើរទៅកន្លែងថ្មី។ កុំលក់ដីឲ្យពួកវាសូម្បីតែមួយម៉ែត្រ!",
    ],
    en=[
        "Chinese 'investors' = scammers and gangsters, every single one. Sihanoukville was fine before these people crawled in.",
        "Don't hire Chinese, don't rent to Chinese, don't sell land to Chinese. They are a plague and the only cure is to starve them out.",
        "They spit everywhere and treat Khmer workers like animals. Why do we let them stay? Send every one of them home.",
        "Saw another Chinese-owned mart open on my street. Zero Khmer customers please. Let's make them pack up and leave.",
        "People keep saying 'not all of them'. Yes, all of them. To a Chinese boss you will always be a dog.",
    ],
    mixed=[
        "ពួកចិនទាំងនេះ = plague 🦠 មកដល់ណាខូចដល់ណា kick them out!!",
        "Don't rent ឲ្យចិន don't sell ដីឲ្យចិន ពួកវាមិនមែន investor ទេ ជាចោរទាំងអស់",
        "Casino ចិន scam ចិន អីក៏ចិន 🤮 ពួកវាដូចគ្នាទាំងអស់ send back ទៅ",
    ],
    latn=[
        "chen dei kok mok dol na, khoch dol na. bondenh chenh oy os tov",
        "kom chuol bontub oy chen, kom luk dei oy chen, pouk vea chea chor teang ors",
        "pouk chen nis dauch kondob si srae, si os hz hor tov kanleng thmey",
    ],
)

_HATE_CHAM = _posts(
    "wa-hw-hate-cham",
    abuse=("hate",),
    km=[
        "ពួកចាមមិនមែនជាខ្មែរពិតទេ។ កុំឲ្យពួកវាបើកហាងជិតវត្តយើង។",
        "ពួកអ៊ីស្លាមនៅភូមិខាងលើ កើតកូនច្រើនដូចជ្រូក ហើយចង់សង់វិហារពេញស្រុក។ ត្រូវឃាត់ទុកមុនពួកវាកាន់កាប់។",
        "ពាក់ក្រណាត់គ្របក្បាលមកសាលារៀនខ្មែរធ្វើអី? បើចង់រស់តាមច្បាប់អារ៉ាប់ ទៅរស់នៅស្រុកអារ៉ាប់ទៅ។",
        "ខ្ញុំឈប់ទិញសាច់គោពីចាមហើយ សូមបងប្អូនធ្វើដូចគ្នា។ ពួកវារកលុយពីយើង ហើយយកទៅជួយតែពួកវាគ្នាឯង។",
    ],
    en=[
        "The Cham are not real Khmer and never will be. Keep them off our village council.",
        "Every mosque they build is a flag planted on our land. Stop approving them before it's too late.",
        "If you want to wear that thing on your head and pray five times a day, go live in an Arab country. Not here.",
        "Muslims in Kampong Cham breed like rabbits, in 20 years they'll outnumber us. Time to stop them now.",
    ],
    mixed=[
        "ចាមមិនមែនខ្មែរពិតទេ keep them out ពីភូមិយើង 😤",
        "Mosque មួយទៀតហើយ!! stop approve ពួកវាទៅ មុនពេលស្រុកយើងក្លាយជាស្រុកអ៊ីស្លាម",
    ],
    latn=[
        "pouk cham min men khmer pit te, kom oy vea bok hang jit vat yeung",
        "ber jg pak kronat krob kbal, tov rous nov srok arab tov, kom nov srok khmer",
        "kom tinh sach ko pi cham tiet, pouk vea rok luy pi yeung yok tov chuoy tae knea eng",
    ],
)

_HATE_LGBT = _posts(
    "wa-hw-hate-lgbt",
    abuse=("hate",),
    km=[
        "ខ្ទើយគឺជាជំងឺ មិនមែនជាភេទទេ។ ឪពុកម្ដាយណាមានកូនអញ្ចឹង គួរតែវាយវាឲ្យជាវិញ។",
        "ហេតុអីទុកឲ្យពួកស្រឡាញ់ភេទដូចគ្នាដើរក្បួនកណ្ដាលក្រុង? អាម៉ាស់ខ្មែរណាស់។ ពួកវាគួរតែលាក់ខ្លួននៅក្នុងផ្ទះ។",
        "កុំឲ្យគ្រូខ្ទើយបង្រៀនកូនយើង ពួកវានឹងចម្លងភាពឆ្កួតទៅក្មេងៗ។",
        "ក្រុមហ៊ុនណាជួលមនុស្សប្ដូរភេទ ខ្ញុំឈប់ទិញ។ ពួកនេះមិនគួរមានកន្លែងក្នុងសង្គមយើងទេ។",
    ],
    en=[
        "Gay is a sickness, not an identity. Parents who find out should send their kids away until they're fixed.",
        "Pride march in Phnom Penh?? Disgusting. These people should stay hidden, not parade their perversion in front of children.",
        "Don't let trans people use the school toilets. They're confused freaks and our daughters aren't safe around them.",
        "lesbians only exist because they never met a real man lol. they need fixing, not rights",
        "Any shop that hires a tomboy or a ladyboy loses my business. Keep them out of sight.",
    ],
    mixed=[
        "LGBT មិនមែនធម្មជាតិទេ it's a disease 🤮 keep away ពីកូនយើង",
        "Pride parade នៅភ្នំពេញ? shame on Cambodia ពួកវាគួរនៅតែក្នុងផ្ទះ",
        "ខ្ទើយ = ឆ្កួត. period. កុំឲ្យពួកវាធ្វើគ្រូ",
    ],
    latn=[
        "khteuy chea chomngu min men chea phet te, kon na khteuy trov vay oy chea vinh",
        "pride nov phnom penh? khmas ke nas, pouk nis kuor tae leak kluon nov knong ptes",
    ],
)

_HATE_OTHER = _posts(
    "wa-hw-hate-other",
    abuse=("hate",),
    km=[
        "មនុស្សពិការមានតែជាបន្ទុកសង្គម។ មិនគួរឲ្យពួកគេរៀនជាមួយក្មេងធម្មតាទេ ខាតពេលគ្រូ។",
        "ស្ត្រីគួរនៅតែក្នុងផ្ទះ ដាំបាយ បោកខោអាវ។ ស្រីណាចង់ធ្វើនយោបាយ គឺស្រីខូចទាំងអស់។",
        "ពួកខ្មែរក្រោមនិយាយខ្មែរមិនច្បាស់ផង ចង់មកដណ្ដើមការងារយើងទៀត។ ពួកវាមិនមែនខ្មែរយើងទេ ទៅវិញទៅ។",
        "ពួកស្បែកខ្មៅៗនៅលើភ្នំនោះ រស់នៅព្រៃដូចសត្វ អត់ដឹងអីសោះ ហើយបែរជាមកទាមទារដីទៀត។",
        "ពួកអ្នកស្រែមកពីខេត្ត មករស់ភ្នំពេញធ្វើឲ្យក្រុងកខ្វក់ ចោរច្រើន។ គួរតែហាមពួកវាចូលក្រុង។",
    ],
    en=[
        "Disabled people are a burden. They shouldn't be in normal schools wasting the teachers' time, put them somewhere out of sight.",
        "Women are too emotional to lead anything. Keep them in the kitchen where they belong.",
        "Dark-skinned girls from the countryside are ugly and lazy, no wonder nobody wants them lol. whitening cream can't fix that",
        "Khmer Krom aren't real Cambodians. They speak funny and should go back to Vietnam where they belong.",
        "Migrants from the provinces turned Phnom Penh into a slum. Ban these farmers from moving here.",
    ],
    mixed=[
        "ស្រីៗមិនគួរធ្វើ leader ទេ too emotional 🙄 នៅផ្ទះដាំបាយទៅ",
        "មនុស្សពិការ = burden សម្រាប់សង្គម កុំឲ្យចូលសាលាធម្មតា",
    ],
    latn=[
        "khmer krom min men khmer pit te, niyeay khmer ot chbas, tov srok yuon vinh tov",
        "srey min kuor tver mekdoeknoam te, nov ptes dam bay tov",
    ],
)

_HATE_THREAT = _posts(
    "wa-hw-hate-threat",
    abuse=("hate", "threat"),
    km=[
        "គ្រួសារយួននៅមាត់ទន្លេ មានពេលដល់ចុងខែនេះ។ ក្រោយនោះ យើងដុតទូកពួកវាចោល។",
        "វិហារអ៊ីស្លាមថ្មីនោះ បើនៅតែសង់ទៀត យើងនឹងមករុះវាដោយដៃយើងផ្ទាល់ ហើយអ្នកណាឃាត់ក៏ត្រូវរងដែរ។",
    ],
    en=[
        "The Vietnamese families by the river have until the end of the month. After that we burn the boats.",
        "Any gay couple we see holding hands at the riverside this weekend will get what they deserve. Consider this a warning.",
    ],
    mixed=["ពួកចិននៅ building នោះ ចាកចេញមុនថ្ងៃអាទិត្យ or we burn it down 🔥"],
    latn=["pouk yuon nov mat tonle men pel dol chong khae nis, kroy nuh yeung dot tuk pouk vea chol"],
)

# ---------------------------------------------------------------------------------------------
# Positives: child safety (indicator level only)
# ---------------------------------------------------------------------------------------------

_CHILD_GROOMING = _posts(
    "wa-hw-child-grooming",
    abuse=("child_safety",),
    km=[
        "អូនរៀនថ្នាក់ទី ៦ មែនទេ? ពូជាមិត្តរបស់ប៉ាអូន។ ស្អែកពូទៅទទួលអូនពីសាលាជំនួសប៉ា ប៉ុន្តែកុំប្រាប់គ្រូណា។",
        "អូនស្រីមិនបាច់ខ្លាចទេ បងគ្រាន់តែចង់ធ្វើជាមិត្តពិសេសរបស់អូន។ ម៉ាក់អូនមិនយល់ពីអូនដូចបងទេ ដូច្នេះកុំប្រាប់គាត់ពីយើងអី។",
        "ប្អូនប្រុសលេងហ្គេមពូកែម្ល៉េះ! រៀនថ្នាក់ទីប៉ុន្មាន? បើចង់បានស្គីនថ្មី ចូល Telegram បងមក បងឲ្យដោយឥតគិតថ្លៃ តែនិយាយតែពីរនាក់យើង។",
        "ល្ងាចនេះប៉ាម៉ាក់អូនទៅធ្វើការដល់ម៉ោងប៉ុន្មាន? បើអូននៅផ្ទះម្នាក់ឯង ហៅវីដេអូមកបងបន្តិចណា។",
        "បងផ្ញើ ២ ម៉ឺនរៀលចូលលេខអូនហើយ មិនបាច់ប្រាប់នរណាទេ។ ចាំពេលបងសុំអីបន្តិច អូនធ្វើតាមបងណា។",
        "អានរួចលុបសារនេះចោល។ ថ្ងៃសៅរ៍ម៉ោងពីរ បងចាំនៅខាងក្រោយសាលា មកម្នាក់ឯង។",
        "អាយុ ១២ ធំហើយ ចេះគិតដោយខ្លួនឯងហើយ មិនចាំបាច់សុំការអនុញ្ញាតពីម៉ាក់គ្រប់រឿងទេ។ Add បងក្នុង Line មក។",
        "ក្មួយស្រី ពូឃើញក្មួយក្នុង TikTok ហើយ។ ផ្ទះក្មួយនៅភូមិណា? ពូចង់ទិញកង់ឲ្យ តែកុំប្រាប់ម៉ាក់ពីពូណា។",
        "បងជាគ្រូបង្វឹកបាល់ទាត់ មានវគ្គស្នាក់នៅពេលយប់សម្រាប់ក្មេងអាយុ ១១ ដល់ ១៣ ឆ្នាំ។ ឪពុកម្ដាយមិនបាច់មកទេ ហើយកុំប្រាប់ពួកគាត់ពីលម្អិតច្រើន។",
    ],
    en=[
        "you're in grade 6 right? i'm a friend of your dad. i'll pick you up from school tomorrow instead of him, but don't mention it to your teacher",
        "Don't be scared, I just want to be your special friend. Your mum doesn't understand you like I do, so let's keep this between us.",
        "What time do your parents get home from the factory? If you're by yourself tonight, video call me, just us two.",
        "sent 20k riel to your number 😊 no need to tell anyone where it came from. when i ask you for a small favour later you'll help me right?",
        "delete this after reading. saturday 2pm behind the school, come alone, i'll bring the new phone for you",
        "12 is old enough to decide for yourself. You don't need your mum's permission for everything. Add me on Line.",
    ],
    mixed=[
        "អូនរៀន grade 6 មែន? ពូជា friend ប៉ាអូន ស្អែកពូ pick up អូនពីសាលា កុំប្រាប់គ្រូណា",
        "ប៉ាម៉ាក់ទៅធ្វើការដល់ម៉ោងប៉ុន្មាន? បើនៅផ្ទះ alone video call មកបងបន្តិច 🤫",
        "Delete message នេះណា ថ្ងៃសៅរ៍ 2pm ខាងក្រោយសាលា មកម្នាក់ឯង បងមាន phone ថ្មីឲ្យ",
        "12 ឆ្នាំធំហើយ don't need ម៉ាក់ permission គ្រប់រឿងទេ add Line បងមក",
        "ប្អូនលេង ML ពូកែណាស់ 🔥 រៀនថ្នាក់ទីប៉ុន្មាន? join Telegram បងមក បងឲ្យ skin free តែ keep it secret ណា",
        "ផ្ញើលុយ 20k ចូលលេខអូនហើយ 😊 no need ប្រាប់អ្នកណា ចាំបងសុំ favour តិចណា",
    ],
    latn=[
        "on rien thnak ti 6 men te? pu jea mit pa oun, saek pu tov yok oun pi sala jumnuos pa, tae kom prab krou na",
        "oun srey kom klach, bong kroan tae jg tver jea mit pises oun. mak oun min yol oun dauch bong te, dauch neng kom prab kot pi yeung",
        "pa mak oun tov tver kar dol mong ponman? ber oun nov ptes mnak eng, video call mok bong bontech mok",
        "bong pheu luy 2 mern chol lek oun hz, min bach prab neak na te. cham bong sum ey bontech, oun tver tam na",
        "lub sar nis chol kroy an ruoch. thngai sao bong cham nov kroy sala mong 2, mok mnak eng",
        "ayuk 12 thom hz, chesh kit dauy kluon eng, ot bach sum mak krup roeung te. add line bang mok",
        "kmouy srey, pu khernh kmouy nov tiktok. ptes nov phum na? pu jg tinh kong oy, tae kom prab mak pi pu na",
        "p'oun leng ML pukae mles! rien thnak ponman? chol telegram bong mok, bong oy skin free, niyay tae 2 nak yeung",
        "on ayuk ponman hz? 13? ok ot ey te, bong min prab ke te. tov chat knong app mouy tiet vinh, app nis mak on merl ban",
        "chat nis kom screenshot oy mit merl na oun, tuk tae yeung 2 nak deng, ok? khnhom min chorng oy ke yol chrolom",
    ],
)

_CHILD_OFFER = _posts(
    "wa-hw-child-offer",
    abuse=("child_safety",),
    km=[
        "មានស្រីតូចៗជាសិស្សវិទ្យាល័យ ថ្មីៗ ទើបមកពីខេត្ត។ ភ្ញៀវ VIP ចង់ជួប ឆាតតាម Telegram តែប៉ុណ្ណោះ។",
        "ត្រូវការ 'ផ្លែឈើខ្ចី' អាយុក្រោម ១៦ ទេ? មានថ្មីរៀងរាល់សប្ដាហ៍ បង់មុន ជួបក្រោយ។",
        "ក្រុមប្ដូរ folder សិស្ស ចូលបានលុះត្រាតែផ្ញើ folder ថ្មីមួយមកសិន។ កុំប្រើឈ្មោះពិត។",
        "ខ្ញុំមានក្មួយស្រីអាយុ ១៤ គ្រួសារក្រ ចង់រកលុយ។ អ្នកណាចង់ 'ជួយ' នាង ឆាតឯកជនមក។",
        "រកផ្ទះសំណាក់ដែលមិនសួរអត្តសញ្ញាណ ពេលមនុស្សធំនាំក្មេងមកជាមួយ។ ឲ្យតម្លៃខ្ពស់ មិនមានរឿងទេ។",
        "ហាងម៉ាស្សាយើងទើបមាន 'កូនសិស្ស' ថ្មី អាយុ ១៥។ សម្រាប់តែភ្ញៀវស្គាល់គ្នាប៉ុណ្ណោះ ណាត់ជួបតាមលេខនេះ។",
    ],
    en=[
        "fresh ones just arrived from the province, still in high school 🍒 VIP only, contact on telegram, no calls",
        "Looking for a guesthouse that doesn't check ID when adults bring kids. Will pay well, discreet only.",
        "My niece is 14, family is poor, she needs money. Anyone who wants to 'help' her, message me privately.",
        "Trading school-uniform folders, you must send one new folder to get in. No real names.",
    ],
    mixed=[
        "Fresh ones 🍒 ទើបមកពីខេត្ត នៅរៀនវិទ្យាល័យ VIP only chat Telegram",
        "ក្មួយស្រីខ្ញុំអាយុ 14 គ្រួសារក្រ need money អ្នកណាចង់ help inbox private",
        "ហាង massage យើងមាន 'student' ថ្មី 15yo 🔒 member only ណាត់តាម Telegram",
        "Trade folder សិស្ស uniform ផ្ញើ folder ថ្មីមកសិនទើប join បាន",
    ],
    latn=[
        "men srey toch toch sis vityealay thmey, toeb mok pi khet. VIP jg choup chat telegram te",
        "trov kar 'phle cheu khchey' ayu kroam 16 ot? men thmey real saptah, bong mun choup kroy",
        "kmouy srey knhom ayuk 14, krusa kro, jg rok luy. neak na jg 'chuoy' neang chat private mok",
        "group dor folder sis, chol ban luh tra pheu folder thmey mouy mok sen, kom dak chhmous pit",
        "rok ptes somnak na min sour ID pel mnus thom yok kmeng mok jea mouy, oy thlai ban",
        "hang massage yeung men 'kon sis' thmey 15 chnam, tae neak skoal knea, nat choup tam lek nis",
        "srey sala rien thmey thmey ayuk 13-14, neak na jg choup inbox, bong tam ABA mun",
    ],
)

_CHILD_LURE = _posts(
    "wa-hw-child-lure",
    abuse=("child_safety",),
    km=[
        "ក្រុមហ៊ុនម៉ូដែលយើងរកក្មេងស្រីអាយុ ១៣-១៥ ឆ្នាំ ប្រាក់ខែខ្ពស់។ ដំបូងផ្ញើរូបថតដែលថតក្នុងបន្ទប់គេងរបស់អូនមក ការសាកល្បងនេះសម្ងាត់ មិនបាច់ប្រាប់ឪពុកម្ដាយទេ។",
        "ជ្រើសរើសម៉ូដែលកុមារ៖ មិនត្រូវការឪពុកម្ដាយមកជាមួយទេ។ ផ្ញើរូបពេញខ្លួនមក Telegram ហើយមកថតនៅសណ្ឋាគារម្នាក់ឯង។",
        "បងឲ្យកាតទូរស័ព្ទ ១០ ដុល្លារ បើអូនហៅវីដេអូមកពេលនៅម្នាក់ឯងក្នុងបន្ទប់។ កុំឲ្យនរណានៅជិត។",
        "ពេជ្រ ៥០០ គ្រាប់ សម្រាប់រូបអូនម្នាក់ឯងពីរបីសន្លឹក។ ផ្ញើមកហើយលុបចោលភ្លាម ម៉ាក់អូនមិនដឹងទេ។",
        "អូនចង់ធ្វើជាតារា TikTok មែនទេ? បងជាអ្នកគ្រប់គ្រងតារា។ ជួបបងនៅហាងកាហ្វេថ្ងៃអាទិត្យ មកតែម្នាក់ឯង កុំនាំមិត្តមក។",
        "ការងារក្រៅម៉ោងសម្រាប់សិស្សស្រីអាយុ ១៤ ឡើង ធ្វើពេលយប់ ៥០ ដុល្លារមួយយប់។ មិនត្រូវការបទពិសោធន៍ ផ្ញើរូបមកមុន។",
    ],
    en=[
        "Our modelling agency is scouting girls 13-15, great pay. First step: send a few photos taken in your bedroom. It's a secret audition so no need to tell your parents.",
        "$10 phone card if you video call me while you're alone in your room. make sure nobody is around ok",
        "500 diamonds for a couple of photos of just you. send and delete right away, your mum will never know",
        "Want to be a TikTok star? I manage creators. Meet me at the cafe on Sunday, come alone, don't bring friends.",
    ],
    mixed=[
        "Agency model យើងរក girls 13-15 pay ល្អ 💰 first step ផ្ញើ photo ក្នុងបន្ទប់គេង secret audition កុំប្រាប់ប៉ាម៉ាក់",
        "$10 card ឲ្យអូន បើ video call ពេលអូនម្នាក់ឯងក្នុងបន្ទប់ 🤫",
        "Casting kids model no need parents មកជាមួយ ផ្ញើ full body photo មក Telegram",
    ],
    latn=[
        "agency model yeung rok srey ayuk 13-15, prak khe laor. dambong pheu roup thot knong bontub keng oun, secret, kom prab pa mak",
        "bong oy kat 10$ ber oun video call mok pel nov mnak eng knong bontub, kom oy neak na nov jit",
        "pich 500 somrab roup oun mnak eng 2 3 son lek, pheu mok hz lub chol, mak oun ot deng te",
        "oun jg tver dara tiktok men? bang jea manager. choup bang nov hang kafe thngai atit, mok mnak eng, kom noam mit",
        "kar ngar part time somrab sis srey ayuk 14 laeng, pel yub, 50$ 1 yub, pheu roup mok mun",
        "casting model kmeng, ot trov kar pa mak mok jea mouy te, pheu roup penh kluon mok telegram",
    ],
)

# ---------------------------------------------------------------------------------------------
# Positives: threats and harassment
# ---------------------------------------------------------------------------------------------

_THREAT = _posts(
    "wa-hw-threat",
    abuse=("threat",),
    km=[
        "ឯងសរសេររឿងក្រុមហ៊ុនយើងទៀតមើល។ យើងដឹងថាកូនឯងរៀនសាលាណា ហើយចេញរៀនម៉ោងប៉ុន្មាន។",
        "កុំភ្លេចថាហាងឯងធ្វើពីឈើទាំងអស់។ ភ្លើងឆេះពេលយប់ពិបាកពន្លត់ណាស់។",
        "ចាំមើលណា ឯងនឹងដឹងថាមានអ្វីកើតឡើង។ ឈប់យកឈ្មោះខ្ញុំមកនិយាយក្នុងក្រុមនេះទៀត។",
        "អ្នកកាសែតឈ្មោះសុភ័ក្ត្រ ប្រយ័ត្នខ្នងខ្លួនឯងផង។ ផ្លូវទៅផ្ទះឯងងងឹតណាស់ពេលយប់។",
        "អ្នកណាចូលរួមតវ៉ានៅមុខរោងចក្រថ្ងៃច័ន្ទ នឹងមិនបានដើរត្រឡប់ទៅផ្ទះវិញដោយជើងខ្លួនឯងទេ។",
        "ស្រីក្បត់ ចាំមើលចុះ ទឹកអាស៊ីតមួយកែវគ្រប់គ្រាន់ឲ្យគ្មានប្រុសណាមើលមុខឯងទៀត។",
        "យើងមានរូបផ្ទះឯង ឡានឯង និងផ្លូវដែលប្រពន្ធឯងជិះទៅផ្សាររាល់ព្រឹក។ ដកពាក្យបណ្ដឹងចេញ មុនពេលហួសពេល។",
        "ខ្ញុំនឹងរកឯងឲ្យឃើញ ទោះឯងលាក់ខ្លួននៅទីណាក៏ដោយ។ ថ្ងៃនោះឯងនឹងលុតជង្គង់សុំទោស។",
        "សកម្មជនបរិស្ថានទាំងនោះ បើចូលព្រៃនេះម្ដងទៀត នឹងមិនបានចេញវិញទេ។ ប្រាប់ពួកវាផង។",
        "លុយដែលឯងជំពាក់ បើថ្ងៃសុក្រមិនទាន់សង ខ្ញុំនឹងមកយកដៃឯងម្ខាងជំនួស។",
        "ឯងមិនស្គាល់ខ្ញុំទេ។ ខ្ញុំត្រូវការតែមួយយប់ប៉ុណ្ណោះ ដើម្បីធ្វើឲ្យជីវិតឯងរលាយ។",
        "សរសេរមតិមួយទៀតលើទំព័រខ្ញុំ ហើយឯងនឹងឃើញមនុស្សពីរបីនាក់ឈរចាំមុខផ្ទះឯង។",
        "ពួកយើងដឹងថាម៉ាក់ឯងលក់នៅផ្សារណា។ បិទមាត់ទៅ ល្អសម្រាប់គាត់។",
        "គ្រូដែលប្ដឹងនាយកសាលានោះ ត្រូវចាំថាម៉ូតូមិនមែនជាយានជំនិះដែលមានសុវត្ថិភាពទេ។ ប្រយ័ត្នហ្វ្រាំងដាច់ណា។",
        "បើក្រុមយើងចាញ់ដោយសារអាជ្ញាកណ្ដាលនោះទៀត ផ្ទះវានឹងគ្មានដំបូលទេយប់នេះ។ ខ្ញុំនិយាយពិត ខ្ញុំស្គាល់ផ្លូវ។",
        "ប្រធានសហជីពម្នាក់នោះ ប្រាប់វាឲ្យនៅស្ងៀម។ ឆ្នាំមុនមានម្នាក់ដូចវាដែរ ឥឡូវមិនដឹងនៅឯណាទេ។",
    ],
    en=[
        "Write one more article about our company and see what happens. We know which school your kids go to and what time they get out.",
        "Nice shop you have. Shame it's all wood. Fires at night are so hard to put out.",
        "Keep my name out of your mouth in this group. You'll see what happens otherwise.",
        "To the reporter who did the land story: watch your back. The road to your house is very dark at night.",
        "Anyone who joins the protest at the factory gate on Monday won't be walking home on their own legs.",
        "You cheated on me, so wait. One cup of acid and no man will ever look at your face again.",
        "We have photos of your house, your car and the route your wife takes to the market every morning. Drop the complaint while you still can.",
        "I'll find you. Doesn't matter where you hide. And when I do you'll be on your knees.",
        "Those environmental activists, if they come into this forest again they won't come out. Pass it on.",
        "Pay what you owe by Friday or I'm coming to collect with a machete.",
        "One more comment on my page and you'll find a few guys waiting outside your door.",
        "We know where your mum sells at the market. Keep quiet, it's better for her.",
        "If that ref robs us again tonight his house won't have a roof by morning. I'm serious, I know his street.",
        "Tell that union leader to stay quiet. Last year there was another one just like him. Nobody knows where he is now.",
    ],
    mixed=[
        "Post រឿង company យើងទៀតមើល 😈 we know កូនឯងរៀនសាលាណា",
        "ហាងឯងសុទ្ធតែឈើ nice... ភ្លើងឆេះពេលយប់ពន្លត់ពិបាកណាស់ 🔥",
        "Reporter ម្នាក់នោះ watch your back ផ្លូវទៅផ្ទះឯងងងឹតណាស់ពេលយប់",
        "Comment មួយទៀតលើ page ខ្ញុំ you'll see ពីរបីនាក់ចាំមុខផ្ទះឯង",
        "I'll find you ទោះលាក់នៅណាក៏ដោយ ចាំមើល",
        "លុយជំពាក់ pay by Friday បើមិនអញ្ចឹង ខ្ញុំមកជាមួយកាំបិត",
        "Activist ទាំងនោះ ចូលព្រៃនេះទៀត won't come out ប្រាប់ពួកវាផង",
        "ស្រីក្បត់ wait and see អាស៊ីតមួយកែវ no man will look at you again",
    ],
    latn=[
        "sorsei roeung company yeung tiet merl, yeung deng kon eng rien sala na, chenh mong ponman",
        "hang eng sot tae cheu, pleung chheh pel yub pon lot pibak nas na",
        "cham merl, eng nung deng tha men ey kert laeng. chob yok chhmous knhom mok niyeay knong group nis",
        "neak kaset nuh prayat khnang kluon eng pong, phlov tov ptes eng ngo ngit nas pel yub",
        "khnhom nung rok eng oy khernh, tos leak kluon nov na ka dauy",
        "luy eng jompeak, thngai sok ot torn song, kjom mok jea mouy kambet",
        "pouk yeung deng mak eng luk nov psar na, bet mot tov, laor somrab kot",
        "comment mouy tiet leu page knhom, eng nung khernh mnus 2 3 nak cham muk ptes",
    ],
)

_THREAT_HARASS = _posts(
    "wa-hw-threat-harass",
    abuse=("threat", "harassment"),
    km=[
        "ផ្ញើលុយ ៥០០ ដុល្លារមកមុនថ្ងៃស្អែក បើមិនដូច្នោះទេ រូបឯកជនរបស់ឯងនឹងទៅដល់ប្ដីឯង និងមិត្តភក្តិគ្រប់គ្នា។",
        "ឯងលែងខ្ញុំ? អូខេ។ ចាំមើលថ្ងៃណាដែលឯងដើរតែម្នាក់ឯង។ ហើយរូបទាំងប៉ុន្មានដែលខ្ញុំមាន នឹងទៅដល់ម៉ាក់ឯងមុនគេ។",
        "ឯងប្លុកខ្ញុំ? ខ្ញុំបង្កើតគណនីថ្មីបានរហូត។ ខ្ញុំដឹងម៉ោងរៀនឯង ឡានក្រុងដែលឯងជិះ។ ឯងរត់មិនរួចទេ។",
    ],
    en=[
        "Transfer $500 before tomorrow or every private photo you sent me goes to your husband and your whole friends list.",
        "You blocked me? Fine. I made a new account and I'll keep making them. I know your schedule now, every class, every bus. You can't get rid of me.",
    ],
    mixed=[
        "ផ្ញើ $500 មុនស្អែក or រូប private ឯងទៅដល់ប្ដីឯង និង friends ទាំងអស់",
        "Block ខ្ញុំ? ok. ខ្ញុំ create account ថ្មីរហូត ខ្ញុំដឹង schedule ឯងហើយ រត់មិនរួចទេ",
    ],
    latn=[
        "pheu luy 500$ mok mun saek, ber ot, roup private eng tov dol pdey eng nirng mit teang os",
        "eng block knhom? ok. knhom bongkert account thmey rohot, knhom deng mong rien eng, lan krong eng chis. rot min ruoch te",
    ],
)

_HARASS = _posts(
    "wa-hw-harass",
    abuse=("harassment",),
    km=[
        "មើលស្រីនេះ ទើបលែងប្ដីមិនទាន់មួយខែ ផាត់មុខដើរលេងទៀតហើយ។ ស្រីគ្មានតម្លៃដូចវា អ្នកណាចង់បាន?",
        "អាខ្វិនម្នាក់នោះ ដើរដូចទាអាំង នៅតែចង់ធ្វើជាអ្នកលក់ផ្សាយផ្ទាល់ទៀត។ មើលទៅគួរឲ្យសើចតែម្ដង។",
        "កូនអ្នកលក់ទឹកកកក្រោមស្ពាន ពាក់ស្បែកជើងដាច់ មករៀនសាលាឯកជនធ្វើអី? ក្រហើយមិនដឹងខ្លួន។",
        "ខ្ញុំនៅរក្សាទុករូបដែលឯងផ្ញើមកពេលយើងនៅជាមួយគ្នា។ ប្រយ័ត្នមាត់បន្តិច បើមិនចង់ឲ្យគេឃើញទាំងអស់គ្នា។",
        "ម៉ោង ២ យប់ហើយ ហេតុអីមិនឆ្លើយ? ខ្ញុំឃើញឯង online។ ខ្ញុំនឹងផ្ញើរហូតដល់ឯងឆ្លើយ។",
        "គ្រូថ្មីនោះធាត់ដូចពាង ឡើងជណ្ដើរដកដង្ហើមដូចគោ។ សិស្សៗ ថតវីដេអូគាត់ដាក់ TikTok ឲ្យគេសើចលេងម៉ង។",
        "នេះហើយសុខលី ស្រីដែលដេកជាមួយថៅកែដើម្បីឡើងតំណែង។ ចែកចេញទៅឲ្យក្រុមហ៊ុនទាំងមូលដឹង។",
        "ឯងដាក់រូបខ្លួនឯងម្ដងទៀតមើល ខ្ញុំនឹងបង្កើតគណនីថ្មីរាល់ថ្ងៃ ដើម្បីមកជេរក្រោមរូបឯង។",
        "មុខខ្មៅដូចខ្ទះឆេះ ច្រមុះសំប៉ែត ហ៊ានប្រកាសខ្លួនជាបវរកញ្ញាភូមិ។ ម៉ាក់ឯងមិនដែលប្រាប់ទេថាឯងអាក្រក់ប៉ុណ្ណា?",
        "បងប្អូនមើលម្ចាស់ហាងកាហ្វេ ដែលមិនព្រមឲ្យខ្ញុំជំពាក់។ ខ្ញុំដាក់រូប លេខទូរស័ព្ទ និងអាសយដ្ឋានផ្ទះវាខាងក្រោម ទៅរំខានវាឲ្យអស់ដៃ។",
        "មានកូនបីនាក់ បីប្ដី ហើយនៅតែមកធ្វើជាគ្រូបង្រៀនសីលធម៌កូនគេ? ម៉ាក់ៗក្នុងក្រុម ហ៊ានឲ្យកូនរៀនជាមួយស្រីប្រភេទនេះទេ?",
        "ឮថាខ្ចីលុយគេទិញអង្ករ តែនៅតែប្រកាសរូបកាហ្វេ ៣ ដុល្លារ។ ក្រហើយក្អេងក្អាង។ គ្រប់គ្នាចាំមុខវាទុកណា។",
        "ថ្លង់ហើយនៅតែមកធ្វើការនៅបញ្ជរ ហៅប៉ុន្មានដងក៏មិនឮ។ ម្ចាស់ហាងគួរដេញវាចោលទៅ ឲ្យវាទៅសុំទានវិញ។",
        "ផ្សាយផ្ទាល់ម្ដងណា ខ្ញុំនិងមិត្តៗនឹងចូលសរសេរថាម៉ាក់ឯងលក់ខ្លួន រហូតដល់ឯងបិទហើយឈប់លក់។",
    ],
    en=[
        "Not even a month since the divorce and she's already dolled up and out every night. Who would want a used woman like that?",
        "That cripple walks like a wounded duck and still thinks she can sell stuff on live. Can't stop laughing watching her.",
        "Kid shows up to a private school in broken flip flops, his mum sells ice under the bridge. Poor and doesn't even know his place.",
        "I still have every photo you sent me when we were together. Careful what you say about me, unless you want the whole world to see them.",
        "2am again: why aren't you answering? I can see you're online. I'll keep messaging until you reply. You can't ignore me forever.",
        "Our new teacher is so fat she wheezes on the stairs. Everyone record her and post it, let's make her famous lol",
        "Everyone meet Sreyneang from accounts, the one who slept her way to a promotion. Share this so the whole company knows.",
        "Post one more selfie and I'll make a new account every day just to comment under it. You'll never get rid of me.",
        "Her face is as black as a burnt pot and she calls herself Miss Village lol. didn't your mum ever tell you how ugly you are?",
        "Here's the cafe owner who refused to give me credit. Photo, phone number and home address below. Go make her life hell.",
        "deaf as a post and still working the counter. the owner should fire him and let him go back to begging",
    ],
    mixed=[
        "ទើប divorce មិនទាន់មួយខែ ផាត់មុខដើរ every night ហើយ 🙄 used woman ដូចវាអ្នកណាយក",
        "Teacher ថ្មីធាត់ណាស់ ឡើងជណ្ដើរដកដង្ហើមមិនរួច 😂 record ដាក់ TikTok ទៅ make her famous",
        "ខ្ញុំនៅមាន photo ដែលឯងផ្ញើមកទាំងអស់ careful មាត់ឯងបន្តិច unless you want everyone to see",
        "2am ហើយ why not reply? ខ្ញុំឃើញឯង online ខ្ញុំ spam រហូតដល់ឯងឆ្លើយ",
        "អ្នកលក់ Live ខ្វិននោះដើរដូចទា 🦆😂 ចង់លក់អីគេ",
        "ម្ចាស់ហាង cafe មិនឲ្យជំពាក់ 😡 photo លេខទូរស័ព្ទ address នៅខាងក្រោម go spam វាទៅ",
    ],
    latn=[
        "merl srey nis, tob lerng pdey ot torn 1 khae, phat muk der tiet hz. srey kmean tomlay dauch vea neak na jg ban",
        "kon neak luk tek kork krom spean, pak sbek cheung dach, mok rien sala ekachun tver ey? kro min deng kluon",
        "knhom nov tuk roup del eng pheu mok pel yeung nov jea mouy. prayat mot bontech, ber ot jg oy ke merl teang os",
        "mong 2 yub hz, hetey min chlery? kjom khernh eng online. kjom nung pheu rohot dol eng chlery",
        "krou thmey thot dauch peang, laeng chondo dok dong home dauch ko. thot video dak tiktok oy ke serch tov",
        "eng dak roup tiet merl, knhom bongkert account thmey real thngai mok chher krom roup eng",
        "a khvin nuh der dauch tea ang, nov tae jg luk live. merl hz serch ot chob",
    ],
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: buy-and-sell, school and family, communities
# ---------------------------------------------------------------------------------------------

_COMMERCE = _posts(
    "wa-hw-commerce",
    neg_kind="benign",
    hard=True,
    km=[
        "រ៉ូបកូនក្រមុំពណ៌ផ្កាឈូក ទំហំ S ពាក់តែម្ដង។ Inbox មក ខ្ញុំផ្ញើរូបបន្ថែម និងវីដេអូពាក់សាកឲ្យមើល។",
        "លក់សម្លៀកបំពាក់កុមារ អាយុ ១ ដល់ ១០ ឆ្នាំ។ សូមប្រាប់អាយុ និងកម្ពស់កូនមក ខ្ញុំជ្រើសទំហំឲ្យត្រូវ។",
        "ស្បែកជើងសិស្សពណ៌ខ្មៅ លេខ ៣០ ដល់ ៤០។ ផ្ញើលេខជើងកូនមក ខ្ញុំថតរូបពិតឲ្យមើលមុនទិញ។",
        "កាបូបស្ពាយសិស្ស ថ្មី ១០០% មាន ៦ ពណ៌។ ចង់ឃើញរូបពិតមិនកែ ឆាតមក ខ្ញុំផ្ញើជូនក្នុងប្រអប់សារ។",
        "មានអ្នកសួរច្រើនពីខោអាវទារកដែលខ្ញុំប្រកាសម្សិលមិញ។ ខ្ញុំកំពុងផ្ញើរូបលម្អិតតាម Messenger ម្នាក់ម្ដង សូមរង់ចាំតាមលំដាប់។",
        "លក់ឯកសណ្ឋានសិស្ស អាវស ខោខៀវ សំពត់ខៀវ។ ប្រាប់ថ្នាក់ និងទម្ងន់កូនមក យើងណែនាំទំហំ។ ដឹកដល់ផ្ទះក្នុងភ្នំពេញ។",
        "iPhone 11 មួយទឹក ថ្មនៅ ៨៥%។ ចង់មើលរូបគ្រប់ជ្រុង ឬហៅវីដេអូមើលផ្ទាល់ក៏បាន។",
        "លក់កាតទូរស័ព្ទ និងពេជ្រ Free Fire តម្លៃល្អ។ បញ្ចូលភ្លាមក្រោយវេរលុយ គ្រាន់តែផ្ញើ ID ហ្គេមមក។",
        "តុក្កតាក្រណាត់ទន់ សុវត្ថិភាពសម្រាប់ក្មេងអាយុ ៣ ឆ្នាំឡើង។ ផ្ញើសារមក ខ្ញុំផ្ញើរូបពណ៌ទាំងអស់ឲ្យជ្រើស។",
        "ទទួលថតរូបខួបកំណើតកុមារ និងរូបគ្រួសារនៅស្ទូឌីយោ។ ឪពុកម្ដាយត្រូវនៅជាមួយកូនពេលថត។ មើលរូបគំរូក្នុងអាល់ប៊ុមខាងលើ។",
        "ខ្ញុំចង់ទិញកង់ឲ្យកូនប្រុសអាយុ ៨ ឆ្នាំ តើទំហំណាសមល្មម? អ្នកណាមានលក់ ផ្ញើរូប និងតម្លៃមកផង។",
        "ក្រែមលាបមុខធម្មជាតិ ផលិតនៅកម្ពុជា។ ផ្ញើរូបស្បែកមុខមក ខ្ញុំជួយណែនាំប្រភេទដែលសមនឹងស្បែកបង។",
        "លក់ឈុតហែលទឹកកុមារ អាយុ ៣ ដល់ ១២ ឆ្នាំ។ សូមប្រាប់អាយុ និងទម្ងន់កូន ខ្ញុំផ្ញើរូបពណ៌ដែលនៅសល់តាម Messenger។",
        "ចង់ទិញនាឡិកាឆ្លាតវៃឲ្យកូនអាយុ ៧ ឆ្នាំ ដែលអាចតាមដានទីតាំងបាន។ អ្នកណាធ្លាប់ប្រើ ណែនាំម៉ាកល្អមួយផង ហើយផ្ញើរូបមកបើមានលក់។",
        "ហាងនំយើងទទួលកម្ម៉ង់ខួបកំណើតក្មេងៗ។ ផ្ញើរូបនំដែលកូនចូលចិត្ត និងចំនួនភ្ញៀវមក ខ្ញុំគិតតម្លៃជូន។",
        "ពេជ្រ ML បញ្ចូលលឿន ២៤ ម៉ោង តម្លៃពិសេសសម្រាប់សិស្ស។ ផ្ញើ ID និង Server មក ហើយវេរលុយតាម ABA។",
        "ហាងយើងត្រូវការអ្នកលក់ស្រីអាយុ ១៨ ឆ្នាំឡើង ធ្វើការពេលថ្ងៃ។ ផ្ញើ CV និងរូបថតមួយសន្លឹកមក Telegram ហាង។",
    ],
    en=[
        "Pink bridesmaid dress, size S, worn once. Inbox me and I can send more photos, plus a video of it on.",
        "Kids' clothes for sale, ages 1-10! Send me your child's age and height and I'll pick the right size.",
        "Black school shoes sizes 30-40. Send me your kid's foot size and I'll take real photos before you buy.",
        "Lots of questions about the baby clothes from yesterday's post. I'm sending detailed photos to everyone by Messenger, please wait your turn 🙏",
        "Free Fire diamonds and phone top-ups, good price. Credited right after payment, just send your game ID.",
        "iPhone 11, second hand, battery 85%. Happy to send photos from every angle or do a video call so you can see it live.",
        "Soft plush dolls, safe for ages 3+. Message me and I'll send pictures of all the colours.",
        "Kids' birthday and family photoshoots at our studio. A parent must stay with the child during the session. Sample photos in the album above.",
        "Looking to buy a bike for my 8 year old son, what size is right? If you have one for sale send photos and price pls",
        "We're hiring! Shop assistant, women 18+, day shift. Send your CV and one photo to the shop's Telegram.",
    ],
    mixed=[
        "រ៉ូប bridesmaid ពណ៌ pink size S ពាក់តែម្ដង inbox មក ខ្ញុំ send photo បន្ថែម + video ពាក់សាក",
        "Kids clothes 1-10 ឆ្នាំ 👕 ប្រាប់ age និង height កូនមក ខ្ញុំរើស size ឲ្យ",
        "Free Fire diamond + top up កាតទូរស័ព្ទ តម្លៃល្អ 💎 send ID game មក បញ្ចូលភ្លាម",
        "iPhone 11 មួយទឹក battery 85% អាច send photo ឬ video call មើលផ្ទាល់បាន",
        "ស្បែកជើងសិស្ស size 30-40 ផ្ញើ size ជើងកូនមក ខ្ញុំថត real photo ឲ្យមើល",
        "Photoshoot ខួបកំណើតកូន 🎂 parents ត្រូវនៅជាមួយពេលថត check album sample ខាងលើ",
        "Hiring! អ្នកលក់ស្រី 18+ day shift ផ្ញើ CV និង photo មួយសន្លឹកមក Telegram ហាង",
        "Order ច្រើនពេក 😅 baby clothes ខ្ញុំ send photo detail តាម Messenger ម្នាក់ម្ដងណា",
    ],
    latn=[
        "luk rob pink size S pak tae mdong, inbox mok knhom pheu roup bonthem nirng video pak sak oy merl",
        "luk khor av kmeng 1-10 chnam, prab ayuk nirng kompos kon mok, knhom reus size oy",
        "sbek cheung sis sala khmao size 30-40, pheu lek cheung kon mok, knhom thot roup pit oy merl",
        "luk pich free fire nirng kat phone thok, bonchol plam kroy ver luy, pheu ID game mok",
        "iphone 11 mouy tek, thma 85%, jg merl roup krup jrung ryu video call merl pteal ka ban",
        "rok tinh kong oy kon pros ayuk 8 chnam, size na trov? neak na men luk pheu roup nirng tlai mok",
        "order chreun pek, roup khor av baby kjom pheu tam messenger mnak mdong na, cham bontech",
        "hang yeung rok neak luk srey ayuk 18 laeng, tver pel thngai, pheu CV nirng roup 1 son lek mok telegram hang",
        "tukata kronat toun, sovatthiphap somrab kmeng 3 chnam laeng, inbox mok knhom pheu roup por teang os",
    ],
)

_SCHOOL_FAMILY = _posts(
    "wa-hw-school-family",
    neg_kind="benign",
    hard=True,
    km=[
        "រូបថតថ្ងៃបញ្ចប់ការសិក្សាថ្នាក់មត្តេយ្យរបស់កូនស្រីខ្ញុំ។ នាងអាយុ ៦ ឆ្នាំហើយ លឿនណាស់! 🎓",
        "សិស្សថ្នាក់ទី ៥ ទាំងអស់ សូមថតរូបកិច្ចការផ្ទះគណិតវិទ្យាទំព័រ ៤២ ផ្ញើចូល Telegram ក្រុមថ្នាក់មុនម៉ោង ៨ យប់។ — លោកគ្រូ វិសាល",
        "កូនប្រុសខ្ញុំអាយុ ៩ ឆ្នាំ ចង់រៀនហែលទឹក។ មានក្លឹបណាល្អៗនៅជិតទួលគោកទេ? អរគុណបងប្អូន។",
        "ឪពុកម្ដាយណាមិនទាន់ផ្ញើរូបកូនសម្រាប់ធ្វើកាតសិស្ស សូមផ្ញើតាមគ្រូបន្ទុកថ្នាក់ ឬយកមកការិយាល័យសាលាផ្ទាល់។",
        "ម្សិលមិញ ក្មួយៗខ្ញុំលេងទឹកនៅមាត់សមុទ្រកែប។ ផ្ញើរូបចូលក្រុមគ្រួសារហើយ ឲ្យយាយមើល។",
        "ឪពុកម្ដាយថ្នាក់ទី ២ខ៖ ដំណើរទស្សនកិច្ចសិក្សាទៅសួនសត្វថ្ងៃសុក្រ ត្រូវការឪពុកម្ដាយស្ម័គ្រចិត្ត ៤ នាក់ទៅជាមួយ។ សូមចុះឈ្មោះ។",
        "កូនស្រីខ្ញុំឈ្នះលេខ ១ ប្រកួតគំនូរថ្នាក់ទី ៤ នៅសាលា។ ផ្ញើរូបគំនូរឲ្យលោកតាលោកយាយមើលហើយ គាត់សប្បាយចិត្តខ្លាំងណាស់។",
        "កូនខ្ញុំរៀនថ្នាក់ទី ៨ សួរថាតើអាចមានហ្វេសប៊ុកនៅអាយុ ១៣ ឆ្នាំបានទេ។ ម្ដាយៗ ធ្វើយ៉ាងម៉េចដែរ?",
    ],
    en=[
        "Kindergarten graduation photos! My little girl is 6 already, where did the time go 🎓",
        "Grade 5 class: please take a photo of your maths homework (page 42) and send it to the class Telegram before 8pm. — Teacher Visal",
        "Parents who haven't sent a photo for the student ID card yet, please send it via the homeroom teacher or bring it to the school office.",
        "Class 2B parents: zoo field trip on Friday, we need 4 parent volunteers to come along. Please sign up below.",
        "My son is in grade 8 and asking if he can have Facebook at 13. How do other parents handle this?",
    ],
    mixed=[
        "Kindergarten graduation 🎓 កូនស្រីខ្ញុំ 6 ឆ្នាំហើយ time flies ណាស់",
        "សិស្ស grade 5 ទាំងអស់ ថតរូប homework គណិតទំព័រ 42 send ចូល group Telegram ថ្នាក់មុនម៉ោង 8pm",
        "Field trip ទៅសួនសត្វថ្ងៃសុក្រ need parent volunteers 4 នាក់ សូម sign up",
    ],
    latn=[
        "roup thngai bonchob thnak mattey kon srey knhom, ayuk 6 chnam hz, lean nas 🎓",
        "sis thnak ti 5 teang os, thot roup kech kar ptes kanit tumpor 42 pheu chol telegram thnak mun mong 8 yub",
        "kon pros knhom ayuk 9 chnam jg rien hel tek, men club na laor nov jit tuol kork te?",
        "kon knhom rien thnak ti 8 sour tha men facebook nov ayuk 13 ban ot. mak mak tver mdech dae?",
    ],
)

_COMMUNITY = _posts(
    "wa-hw-community",
    neg_kind="benign",
    hard=True,
    km=[
        "ថ្ងៃនេះខ្ញុំបានទៅលេងភូមិចាមនៅកំពង់ចាម ម្ហូបឆ្ងាញ់ ហើយអ្នកភូមិរាក់ទាក់ណាស់។ អរគុណដែលទទួលស្វាគមន៍ពួកយើង។",
        "បុណ្យចូលឆ្នាំចិននៅផ្សារធំថ្មី មានរាំតោម៉ោង ៩ ព្រឹក និងនំគ្រប់មុខ។ នាំកូនៗទៅមើលល្អណាស់។",
        "សហគមន៍វៀតណាមនៅមាត់ទន្លេសាប ចូលរួមសម្អាតច្រាំងទន្លេជាមួយយុវជនខ្មែរព្រឹកនេះ។ ល្អណាស់ដែលបានធ្វើជាមួយគ្នា។",
        "វិហារឥស្លាមនៅជ្រោយចង្វារ បើកទ្វារឲ្យសិស្សសាលាចូលទស្សនា និងរៀនពីប្រវត្តិសាស្ត្រជនជាតិចាមនៅកម្ពុជា។",
        "ក្រុមបាល់បោះកៅអីរុញកម្ពុជាឈ្នះមេដាយមាស! អបអរសាទរកីឡាករទាំងអស់ 🇰🇭🏆",
        "Pride ភ្នំពេញឆ្នាំនេះ ធ្វើនៅសួនច្បារ មានតន្ត្រី និងការពិភាក្សាអំពីសុខភាពផ្លូវចិត្ត។ អ្នកណាទៅដែរ?",
        "អ្នកភូមិខ្មែរក្រោមនៅឃុំខ្ញុំ រៀបចំបុណ្យកឋិនរួមគ្នាជាមួយវត្តក្បែរនោះ ស្អាត និងសប្បាយណាស់។",
        "បាញ់ឆែវឆ្ងាញ់បំផុតនៅភ្នំពេញ គឺនៅផ្សារអូរឫស្សី។ អ្នកណាមានហាងម្ហូបវៀតណាមល្អផ្សេងទៀត ណែនាំមកផង។",
        "វគ្គបណ្ដុះបណ្ដាលវិជ្ជាជីវៈសម្រាប់ជនពិការ ចុះឈ្មោះដល់ថ្ងៃទី ៣០។ ឥតគិតថ្លៃ មានកន្លែងស្នាក់នៅ។",
        "បុណ្យអ៊ីដនៅភូមិខ្ញុំ៖ គ្រួសារចាមអញ្ជើញអ្នកជិតខាងខ្មែរមកញ៉ាំអាហារជុំគ្នា។ ឆ្នាំនេះខ្ញុំយកនំអន្សមទៅផង 😊",
        "កីឡាករពិការភ្នែកកម្ពុជា ឈ្នះមេដាយសំរិទ្ធក្នុងវិញ្ញាសារត់ ១០០ ម៉ែត្រ នៅការប្រកួតអាស៊ាន។ អស្ចារ្យណាស់!",
        "ចំណាកស្រុកមកធ្វើការនៅភ្នំពេញ ១០ ឆ្នាំហើយ ទីបំផុតខ្ញុំសង់ផ្ទះឲ្យម៉ាក់នៅព្រៃវែងបាន 🙏",
    ],
    en=[
        "Spent the day in a Cham village in Kampong Cham. Amazing food and the kindest people. Thank you for having us!",
        "Chinese New Year at Central Market: lion dance at 9am and every kind of cake you can think of. Great for kids.",
        "The Vietnamese community by the Tonle Sap joined Khmer students to clean up the riverbank this morning. Love seeing this.",
        "Cambodia's wheelchair basketball team just won gold! Congratulations to every athlete 🇰🇭🏆",
        "Phnom Penh Pride this year is in the park: live music and a talk on mental health. Who's going?",
        "Best banh xeo in Phnom Penh is at Orussey market, fight me. Drop your Vietnamese food recommendations below.",
        "Free vocational training for people with disabilities, applications close on the 30th. Accommodation included.",
    ],
    mixed=[
        "ទៅលេងភូមិចាមនៅកំពង់ចាម ម្ហូបឆ្ងាញ់ people ល្អណាស់ thank you 🙏",
        "Chinese New Year នៅផ្សារធំថ្មី lion dance ម៉ោង 9 ព្រឹក 🦁 នាំកូនៗទៅលេង",
        "Wheelchair basketball កម្ពុជាឈ្នះមេដាយមាស!! proud ណាស់ 🇰🇭",
        "Pride ឆ្នាំនេះនៅ park មាន music និង talk ពី mental health who's going?",
    ],
    latn=[
        "tov leng phum cham nov kg cham, mhob chhnganh, neak phum rak teak nas, orkun",
        "chol chnam chen nov psar thom thmey, men ream tou mong 9 pruk, noam kon tov merl",
        "bal bos kaoey runh kampuchea chneah meday meas!! sabay nas 🇰🇭",
        "sahakum vietnam nov mat tonle sap chuoy somat chrang tonle jea mouy yuvachun khmer pruk nis, laor nas",
    ],
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: awareness campaigns (they quote the warning signs and the slurs they condemn)
# ---------------------------------------------------------------------------------------------

_AWARE_CHILD = _posts(
    "wa-hw-aware-child",
    neg_kind="awareness",
    km=[
        "សញ្ញាព្រមាន៖ មនុស្សពេញវ័យសួរអាយុកូន សុំប្ដូរទៅកម្មវិធីឯកជន ឲ្យកាតទូរស័ព្ទ ឬពេជ្រហ្គេម ហើយប្រាប់ថា 'កុំប្រាប់ប៉ាម៉ាក់'។ ឃើញសញ្ញាទាំងនេះ សូមទូរស័ព្ទ ១២៨០។",
        "ប្រាប់កូនៗថា៖ បើមនុស្សធំណាម្នាក់ឲ្យលាក់រឿងអ្វីពីឪពុកម្ដាយ នោះហើយជាពេលដែលត្រូវប្រាប់ឪពុកម្ដាយភ្លាម។ មនុស្សធំល្អមិនដែលឲ្យក្មេងលាក់ទេ។",
        "ឃើញរូប ឬវីដេអូរំលោភកុមារនៅលើអនឡាញ កុំចែកបន្ត ទោះបីចង់ប្រាប់គេឲ្យដឹងក៏ដោយ។ រាយការណ៍ទៅវេទិកា និងខ្សែទូរស័ព្ទ ១២៨០។",
        "ការផ្សព្វផ្សាយការងារ 'ម៉ូដែលកុមារ' ដែលសុំរូបថតក្នុងបន្ទប់គេង ហើយមិនឲ្យឪពុកម្ដាយមកជាមួយ គឺជាល្បិចបោកបញ្ឆោត។ ភ្នាក់ងារពិតតែងតែធ្វើការតាមរយៈឪពុកម្ដាយ។",
        "ខ្ញុំជាម្ដាយ៖ កូនខ្ញុំអាយុ ១០ ឆ្នាំ មានគណនីហ្គេម។ ទើបដឹងថាមាននរណាម្នាក់សន្យាឲ្យពេជ្រ ដើម្បីដូរនឹងរូប។ ខ្ញុំបានរាយការណ៍ និងប្លុកហើយ។ សូមពិនិត្យទូរស័ព្ទកូនផង។",
        "សិក្ខាសាលាសម្រាប់គ្រូបង្រៀននៅខេត្តសៀមរាប៖ របៀបស្គាល់សញ្ញានៃការល្បួងកុមារតាមអនឡាញ និងរបៀបនិយាយជាមួយសិស្សដោយមិនធ្វើឲ្យពួកគេភ័យ។",
        "កូនអើយ បើមានអ្នកមិនស្គាល់ផ្ញើលុយឲ្យកូន ហើយក្រោយមកសុំរូប ឬសុំជួបម្នាក់ឯង កូនមិនខុសទេ។ មកប្រាប់ម៉ាក់ ម៉ាក់មិនខឹងទេ។",
        "ការរាយការណ៍មិនមែនជាការចោទប្រកាន់ទេ។ បើអ្នកសង្ស័យថាក្មេងម្នាក់កំពុងត្រូវគេល្បួង សូមទាក់ទងខ្សែទូរស័ព្ទជំនួយកុមារ ១២៨០ ដោយមិនបាច់បង្ហាញឈ្មោះក៏បាន។",
        "ពាក្យកូដដែលជនល្មើសប្រើលើបណ្ដាញសង្គម ដូចជា 'ផ្លែឈើខ្ចី' ឬ 'សិស្សថ្មី' ត្រូវបានអង្គការការពារកុមារលើកឡើងក្នុងសិក្ខាសាលាថ្ងៃនេះ។ បើឃើញការផ្សាយបែបនេះ សូមរាយការណ៍ កុំចែក។",
        "ក្មេងៗដែលលេងហ្គេមអនឡាញ៖ មិត្តក្នុងហ្គេមដែលសួរថា 'ប៉ាម៉ាក់នៅផ្ទះទេ?' ឬ 'អូនរៀនសាលាណា?' មិនមែនជាមិត្តទេ។ ប្រាប់មនុស្សធំដែលអូនទុកចិត្ត។",
        "ម៉ាក់ៗ កុំប្រកាសរូបកូនពាក់ឯកសណ្ឋានដែលឃើញឈ្មោះសាលាច្បាស់ៗ នៅលើផេកសាធារណៈ។ កំណត់ឲ្យតែមិត្តភក្តិមើលឃើញ។",
        "ច្បាប់គ្រួសារខ្ញុំ៖ ទូរស័ព្ទមិនចូលបន្ទប់គេងពេលយប់ មិនទទួលមិត្តដែលមិនស្គាល់ក្នុងជីវិតពិត ហើយគ្មានការសម្ងាត់ជាមួយមនុស្សធំនៅអនឡាញ។ ចែករំលែកបើមានប្រយោជន៍។",
    ],
    en=[
        "Warning signs: an adult asks your child's age, wants to move to a private app, offers phone credit or game diamonds, and says 'don't tell your parents'. If you see this, call 1280.",
        "Tell your kids: if a grown-up asks you to keep a secret from your parents, that's exactly when you tell your parents. Safe adults don't ask children to hide things.",
        "If you come across child abuse material online, do NOT share it, not even to warn others. Report it to the platform and to the 1280 helpline.",
        "'Child model' job ads asking for photos taken in the bedroom, with no parents allowed, are a scam. Real agencies always work through parents.",
        "Mum here: my 10 year old's game account got messages from someone offering diamonds in exchange for photos. Reported and blocked. Please check your kids' phones.",
        "Reporting is not accusing. If you suspect a child is being groomed, call the child helpline 1280, you can stay anonymous.",
    ],
    mixed=[
        "Warning signs 🚩 adult សួរអាយុកូន ឲ្យប្ដូរទៅ private app ឲ្យ diamond ឬកាតទូរស័ព្ទ ហើយថា 'កុំប្រាប់ប៉ាម៉ាក់' → call 1280",
        "ប្រាប់កូនៗ៖ if an adult asks you to keep a secret ពីប៉ាម៉ាក់ ត្រូវប្រាប់ប៉ាម៉ាក់ភ្លាម",
        "ឃើញ video រំលោភកុមារ online 🚫 don't share ទោះចង់ warn គេក៏ដោយ report ទៅ 1280",
        "Job 'model កុមារ' ដែលសុំ photo ក្នុងបន្ទប់គេង no parents allowed = scam 100%",
        "Mom tip: ទូរស័ព្ទមិនចូលបន្ទប់គេងពេលយប់ no secret ជាមួយ adults online ✅",
    ],
    latn=[
        "sanhnha prom-ean: mnus thom sour ayuk kon, oy dor tov app private, oy kat phone ryu pich game, heuy tha kom prab pa mak. khernh dauch neng call 1280",
        "prab kon kon: ber mnus thom na oy leak roeung ey pi pa mak, neng hz pel trov prab pa mak plam",
        "khernh video romlorb kmeng online kom share tos chng prab ke ka dauy, report tov 1280",
        "kar ngar 'model kmeng' del sum roup knong bontub keng, min oy pa mak mok jea mouy = bok 100%",
        "mak mnak prab: kon knhom 10 chnam, men neak sonya oy pich dor nirng roup. knhom report nirng block hz, mak mak check phone kon pong",
        "report min men jea kar chot prokan te. songsay kmeng trov ke lbuong, call 1280, min bach prab chhmous",
    ],
)

_AWARE_HATE = _posts(
    "wa-hw-aware-hate",
    neg_kind="awareness",
    km=[
        "ការហៅអ្នកដទៃថា 'យួន' ដើម្បីមើលងាយ គឺជាសារស្អប់។ យើងអាចរិះគន់គោលនយោបាយបាន ដោយមិនចាំបាច់វាយប្រហារមនុស្សតាមជាតិសាសន៍។",
        "សារ 'ពួកវាដូចកណ្ដុរ' ឬ 'បណ្ដេញចេញឲ្យអស់' ដែលកំពុងចែកគ្នាលើ TikTok គឺជាភាសាស្អប់ ដែលធ្លាប់នាំទៅរកអំពើហិង្សា។ សូមរាយការណ៍ កុំចែក។",
        "កូនខ្ញុំត្រូវមិត្តរួមថ្នាក់ហៅថា 'ខ្មៅ' 'ក្រ' រាល់ថ្ងៃ រហូតមិនចង់ទៅសាលា។ ការលេងសើចបែបនេះមិនមែនជារឿងតូចទេ។ ឪពុកម្ដាយ សូមនិយាយជាមួយកូនផង។",
        "យុទ្ធនាការឈប់សម្លុតតាមអនឡាញ៖ បើអ្នកឃើញមិត្តម្នាក់ត្រូវគេជេរ ឬចែករូបអាម៉ាស់ កុំចូលរួមសើច។ ថតអេក្រង់ទុកជាភស្តុតាង ហើយរាយការណ៍។",
        "ជនពិការមិនមែនជា 'បន្ទុក' ទេ។ ពួកគេជាគ្រូ កីឡាករ ម្ចាស់អាជីវកម្ម។ ឈប់ប្រើពាក្យ 'អាខ្វិន' 'អាខ្វាក់' ដើម្បីជេរគ្នា។",
        "ការចែករំលែករូបឯកជនរបស់អ្នកដទៃដើម្បីគំរាម ឬធ្វើឲ្យអាម៉ាស់ គឺជាបទល្មើស។ បើអ្នកជាជនរងគ្រោះ អ្នកមិនខុសទេ សូមទាក់ទងប៉ូលិសប្រឆាំងបទល្មើសបច្ចេកវិទ្យា។",
        "ស្រឡាញ់ភេទដូចគ្នាមិនមែនជាជំងឺទេ នេះជាការបញ្ជាក់របស់អង្គការសុខភាពពិភពលោក។ សូមឈប់ហៅក្មេងៗដែលខុសពីគេថា 'ខ្ទើយ' ដើម្បីមើលងាយ។",
        "គ្រូបង្រៀនគួរដឹង៖ ការនិយាយដាក់សិស្សថាធាត់ ខ្មៅ ឬក្រ នៅមុខមិត្តរួមថ្នាក់ ក៏ជាការសម្លុតដែរ។ ក្មេងចាំពាក្យទាំងនោះរហូតដល់ធំ។",
        "មុននឹងសរសេរមតិក្រោមរូបនរណាម្នាក់ សួរខ្លួនឯងថា៖ បើគេសរសេរបែបនេះដាក់ម្ដាយខ្ញុំ ខ្ញុំនឹងមានអារម្មណ៍យ៉ាងណា?",
        "ពាក្យ 'ស្រុកខ្មែរសម្រាប់តែខ្មែរ' ស្ដាប់ទៅដូចស្នេហាជាតិ តែពេលប្រើដើម្បីបណ្ដេញចាម ចិន ឬវៀតណាមដែលកើតនៅទីនេះ វាក្លាយជាការរើសអើង។",
        "ក្លឹបយុវជនយើងរៀបចំវេទិកា 'និយាយដោយគ្មានការស្អប់'៖ រៀនពីរបៀបឆ្លើយតបនឹងមតិរើសអើងជនជាតិ និងភេទ ដោយមិនជេរតប។",
        "បើមានគេផ្ញើសារមកថា 'ខ្ញុំមានរូបឯង ផ្ញើលុយមក បើមិនចង់ឲ្យគេឃើញ' កុំបង់លុយ។ រក្សាភស្តុតាង ហើយរាយការណ៍ទៅប៉ូលិសភ្លាម។ អ្នកមិននៅម្នាក់ឯងទេ។",
        "សារគំរាមដូចជា 'ចាំមើល' ឬ 'ប្រយ័ត្នខ្នងណា' គួរតែយកចិត្តទុកដាក់។ ថតអេក្រង់ទុក ហើយរាយការណ៍ទៅប៉ូលិស កុំឆ្លើយតបទាំងកំហឹង។",
    ],
    en=[
        "Calling people 'yuon' to put them down is hate speech, full stop. You can criticise a government's policy without attacking people for their ethnicity.",
        "Those 'they're like rats, kick them all out' posts going round TikTok are textbook hate speech, and that kind of language has led to violence before. Report, don't share.",
        "My son gets called 'blackie' and 'beggar' by classmates every day and now he doesn't want to go to school. This 'joking' isn't small. Parents, please talk to your kids.",
        "#StopCyberbullying: if you see a friend being insulted or having embarrassing photos shared, don't join in the laughing. Screenshot it as evidence and report.",
        "Disabled people aren't a 'burden'. They're teachers, athletes, business owners. Stop using 'cripple' and 'blind man' as insults.",
        "Sharing someone's private photos to threaten or shame them is a crime. If it's happened to you, it's not your fault. Contact the cybercrime police.",
        "'Cambodia for Khmers only' sounds patriotic until it's used to push out Cham, Chinese or Vietnamese people who were born here. Then it's discrimination.",
        "Got a message saying 'you'll see what happens' or 'watch your back'? Take it seriously. Screenshot it and report to police, don't reply in anger.",
    ],
    mixed=[
        "ហៅគេថា 'យួន' ដើម្បីមើលងាយ = hate speech. criticise policy បាន តែកុំវាយប្រហារមនុស្សតាមជាតិសាសន៍",
        "#StopCyberbullying ឃើញមិត្តត្រូវគេ bully កុំចូលរួមសើច screenshot ទុក ហើយ report",
        "Post 'ពួកវាដូចកណ្ដុរ kick them out' កំពុង viral នៅ TikTok ➡️ report don't share 🙏",
        "ជនពិការមិនមែន burden ទេ stop ប្រើពាក្យ 'អាខ្វិន' ជេរគ្នា",
        "Share រូប private អ្នកដទៃដើម្បីគំរាម = crime. victim មិនខុសទេ contact ប៉ូលិស cyber",
    ],
    latn=[
        "hao ke tha 'yuon' derm-bei merl ngeay ku jea hate speech. rihkun policy ban, tae kom vay prohar mnus tam cheat sas",
        "post 'pouk vea dauch kondor, bondenh chenh os' kompung viral, report kom share",
        "kon knhom trov mit hao tha 'khmao' 'kro' real thngai, rohot ot jg tov sala. leng serch bep nis min men roeung toch te",
        "#stopcyberbullying khernh mit trov ke chher, kom chol ruom serch, screenshot tuk heuy report",
        "ke pheu sar tha 'cham merl' ryu 'prayat khnang' kom chlery dauy kamhoeng, screenshot tuk heuy report police",
        "chun pikar min men jea 'bontuk' te, pouk ke jea krou, keila kor. chob hao 'a khvin' chher knea",
    ],
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: banter between friends, sport and gaming trash talk
# ---------------------------------------------------------------------------------------------

_BANTER_FRIENDS = _posts(
    "wa-hw-banter-friends",
    neg_kind="banter",
    km=[
        "ឯងច្រៀងខារ៉ាអូខេបទនោះម្ដងទៀត អញនឹងចាក់ទឹកកកលើក្បាលឯង 😂 ត្រចៀកអញនៅឈឺពីយប់មិញ",
        "សម្លាញ់ខ្ញុំក្បាលរលោងដូចពងទា ពេលថ្ងៃក្ដៅ ពាក់មួកផងទៅ ចាំងភ្នែកគេ 🤣 ខួបកំណើតរីករាយ",
        "យប់នេះលេងបៀ អញនឹងសម្លាប់ឯងលើតុ ត្រៀមលុយខែឲ្យហើយណា អាអ្នកចាញ់រហូត 😂",
        "ម៉ាក់ខ្ញុំថា ខ្ញុំជ្រូកជាងគេក្នុងផ្ទះ តែខ្ញុំនៅតែបានសាច់ដុំធំជាងគេ 🐷😂",
        "ទុកទូរស័ព្ទឲ្យបងប្រុសខ្ញុំមួយភ្លែត វាដាក់រូបខ្ញុំដេកហាមាត់លើ story 😭 ចាំអញសងសឹកណា",
        "ឯងនេះសង្ហាដូចរូបសំណាកមាត់ផ្លូវ មើលពីចម្ងាយល្អ ដល់ជិតភ័យស្ទើរស្លាប់ 🤣 ស្រឡាញ់ណា មិត្តសម្លាញ់",
        "ប្រពន្ធខ្ញុំគំរាមថានឹងលក់ដំបងវាយកូនហ្គោលខ្ញុំចោល បើថ្ងៃអាទិត្យខ្ញុំទៅលេងទៀត។ ជួយផង ហាហា",
        "អាពៅ ឯងញ៉ាំបាយម្ដងបីចាន ហើយនៅតែថាខ្លួនឯងកំពុងតមអាហារ 🤣 ខ្ញុំប្ដឹងម៉ាក់ឯងហើយ",
        "ក្រុមឆាតថ្នាក់ឆ្នាំ ២០១៥៖ អ្នកណាមកយឺតថ្ងៃជួបជុំ ត្រូវចេញថ្លៃស្រាទាំងអស់ មិនលើកលែងទេណា អាវណ្ណាអ្នកយឺតជាងអណ្ដើក 😤",
    ],
    en=[
        "if you sing that song at karaoke one more time i'm pouring the ice bucket over your head 😂 my ears still hurt from last night",
        "My best friend's head is so shiny I need sunglasses when he stands near the window 🤣 happy birthday baldy",
        "Poker night, I'm going to destroy you and take your whole salary. Bring cash, loser 😂",
        "Left my phone with my brother for 2 minutes and he posted a photo of me sleeping with my mouth open. You're dead to me, enjoy your last days 😭😂",
        "Mum says I'm the biggest pig in the house but I still get the biggest piece of chicken 🐷",
        "My wife threatened to sell my golf clubs if I play on Sunday again. Send help lol",
        "Class of 2015 group rule: whoever is late to the reunion pays for all the beer. No excuses this time Vanna you slowpoke 😤",
    ],
    mixed=[
        "ច្រៀង karaoke បទនោះម្ដងទៀត ខ្ញុំចាក់ ice bucket លើក្បាលឯង 😂 ត្រចៀកនៅឈឺ",
        "Poker night យប់នេះ ខ្ញុំ destroy ឯងហើយយកខែឯងទាំងអស់ 😂 bring cash loser",
        "ប្អូនប្រុសខ្ញុំ post រូបខ្ញុំដេកហាមាត់លើ story 😭 you're dead to me",
        "ក្បាលសម្លាញ់ខ្ញុំ shiny ណាស់ ត្រូវពាក់ sunglasses 🤣 happy birthday baldy",
    ],
    latn=[
        "ber eng chrieng karaoke bot nuh mdong tiet, knhom chak tek kork leu kbal eng 😂 trojeak nov chheu pi yub mernh",
        "yub nis leng bier, knhom somlab eng hz yok luy khae eng teang os, triem luy oy hz a chanh rohot",
        "bong pros knhom post roup knhom keng ha mot leu story 😭 cham knhom song sek na",
        "kbal mit knhom rolorng dauch pong tea, pel thngai kdao pak muok pong kom oy chang phnek ke 🤣 hbd",
        "mak knhom tha knhom chrouk cheang ke knong ptes, tae nov tae ban sach thom cheang ke 🐷",
    ],
)

_BANTER_SPORT = _posts(
    "wa-hw-banter-sport",
    neg_kind="banter",
    km=[
        "ថ្ងៃអាទិត្យនេះ ក្រុមយើងនឹងកំទេចក្រុមឯងឲ្យខ្ទេចខ្ទី។ ត្រៀមយំទៅ អ្នកគាំទ្រក្រុមចាញ់ 😂⚽",
        "ជុំក្រោយ ខ្ញុំនឹងបាញ់ក្បាលឯងមុនគេ ចាំមើល។ ត្រូវ headshot ៣ ដងហើយ នៅតែមិនចេះរៀន 🤣",
        "ក្រុមបាល់ទាត់ភូមិខាងជើងលេងដូចយាយខ្ញុំ។ យាយខ្ញុំអាយុ ៧៥ ឆ្នាំ ហើយរត់លឿនជាងទៀត 😂",
        "រាល់ដងលេងអុកជាមួយពូ ខ្ញុំត្រូវគាត់ស៊ីអុកអស់រហូត។ ថ្ងៃនេះខ្ញុំនឹងសងសឹកវិញ!",
        "អ្នកគាំទ្រ Man U ដែលនៅរស់រានមានជីវិតក្រោយយប់មិញ សូមលើកដៃឡើង 😂 សោកស្ដាយផង",
        "ក្រុមវាយសីយើងនឹងកម្ទេចក្រុមផ្នែកហិរញ្ញវត្ថុថ្ងៃសុក្រ។ ពួកគាត់ចេះតែរាប់លុយ មិនចេះរត់ទេ 😜",
        "ថ្ងៃសៅរ៍នេះ ក្រុមបាល់ទះភូមិយើងនឹងបោកក្រុមភូមិខាងលិចឲ្យដេកស្រែ។ អ្នកចាញ់ចេញថ្លៃទឹកកក 😂",
        "យប់នេះខ្ញុំនឹងឲ្យឯងចាញ់អុកបីដងជាប់ៗ ចាំមើល 😂 ពូខ្ញុំបង្វឹកខ្ញុំពេញមួយសប្ដាហ៍ហើយ",
        "ML យប់នេះ អ្នកណា feed ទៀត ខ្ញុំដេញចេញពីក្រុម ហើយហាមចូលផ្ទះខ្ញុំ ៣ ថ្ងៃ 😤😂",
    ],
    en=[
        "Sunday we're going to absolutely bury you. Start preparing your excuses now, you bunch of losers ⚽😂",
        "Next round I'm killing you first, watch. Three headshots already and you still haven't learned 🤣",
        "Their village team plays like my grandma. And my grandma is 75 and faster.",
        "To all the Man U fans who survived last night, raise your hands. Thoughts and prayers 😂",
        "Finance department, our badminton team is going to wipe the floor with you on Friday. You guys only know how to count money, not run 😜",
        "Whoever feeds in ranked tonight gets kicked from the squad and banned from my house for 3 days 😤",
        "I will end you in the final. No mercy. Loser buys dinner 🏓",
    ],
    mixed=[
        "Sunday នេះ we're gonna bury ក្រុមឯង 😂⚽ ត្រៀម excuse ទុកទៅ",
        "Next round ខ្ញុំ kill ឯងមុនគេ headshot ៣ ដងហើយនៅតែមិនរៀន 🤣",
        "Man U fans ដែលនៅរស់ក្រោយយប់មិញ raise your hand 😂 RIP",
        "ML យប់នេះ អ្នកណា feed ទៀត kick ចេញពី squad 😤😂",
    ],
    latn=[
        "thngai atit nis krom yeung kom tech krom eng oy khtech khti, triem yum tov 😂",
        "jum kroy knhom banh kbal eng mun ke, cham merl, headshot 3 dong hz nov tae ot rien 🤣",
        "krom bal phum khang cheung leng dauch yeay knhom, yeay 75 chnam rot lean cheang",
        "ML yub nis neak na feed tiet, kick chenh pi squad 😤 haha",
    ],
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: news reports, political criticism, complaints
# ---------------------------------------------------------------------------------------------

_NEWS_ABUSE = _posts(
    "wa-hw-news-abuse",
    neg_kind="news_report",
    km=[
        "តុលាការខេត្តកំពង់ឆ្នាំងកាត់ទោសបុរសម្នាក់ ២ ឆ្នាំ ពីបទគំរាមអ្នកកាសែតតាមសារ Messenger ដែលសរសេរថា 'ប្រយ័ត្នខ្នងឯង'។",
        "ប៉ូលិសចាប់ខ្លួនយុវជន ៣ នាក់ ដែលបង្កើតផេកចែករំលែករូបឯកជនរបស់និស្សិតស្រី ដើម្បីគំរាមយកលុយ។",
        "អង្គការសិទ្ធិមនុស្សមួយរាយការណ៍ថា ការប្រើពាក្យ 'យួន' ក្នុងន័យស្អប់ នៅលើបណ្ដាញសង្គម បានកើនឡើងទ្វេដងក្នុងរដូវបោះឆ្នោត។",
        "ហាងលក់ទំនិញរបស់ជនជាតិចិនមួយកន្លែងនៅខេត្តព្រះសីហនុ ត្រូវគេគប់ដុំថ្មបំបែកកញ្ចក់កាលពីយប់មិញ។ ប៉ូលិសកំពុងស៊ើបអង្កេតថាតើជាអំពើស្អប់ជាតិសាសន៍ឬយ៉ាងណា។",
        "ស្ត្រីអ្នកលក់អនឡាញម្នាក់ ប្ដឹងទៅប៉ូលិស ក្រោយត្រូវគណនីក្លែងក្លាយរាប់សិបជេរ និងគំរាមចាក់ទឹកអាស៊ីត។ ជនសង្ស័យជាអតីតសង្សាររបស់នាង។",
        "គណៈកម្មការរៀបចំ Pride ភ្នំពេញ ស្នើសុំការការពារពីអាជ្ញាធរ បន្ទាប់ពីទទួលសារគំរាមថា 'នឹងមានរឿងកើតឡើង' នៅថ្ងៃដង្ហែក្បួន។",
        "របាយការណ៍ថ្មី៖ សិស្ស ៤ នាក់ក្នុងចំណោម ១០ នាក់ ធ្លាប់ត្រូវគេសម្លុតតាមអនឡាញ ភាគច្រើនដោយសារមាឌ ពណ៌សម្បុរ ឬជីវភាពគ្រួសារ។",
        "បុរសពិការម្នាក់ដែលត្រូវគេថតវីដេអូសើចចំអក ហើយចែកលើ TikTok បានទទួលការគាំទ្រយ៉ាងច្រើនពីសាធារណជន។ វីដេអូដើមត្រូវបានលុបហើយ។",
        "សកម្មជនការពារព្រៃឈើ ២ នាក់នៅខេត្តព្រះវិហារ ប្ដឹងថាត្រូវគេគំរាមថា 'ចូលព្រៃទៀតនឹងមិនបានចេញវិញ'។ អង្គការសង្គមស៊ីវិលទាមទារឲ្យមានការស៊ើបអង្កេត។",
        "ប៉ូលិសខេត្តបាត់ដំបងបានចាប់ខ្លួនបុរសម្នាក់ ដែលបានប្រកាសលើហ្វេសប៊ុកថានឹង 'ដុតផ្ទះ' អ្នកជិតខាង ក្រោយជម្លោះព្រំដីគ្នា។",
        "សិក្ខាសាលាស្ដីពីសារស្អប់លើបណ្ដាញសង្គម បានលើកឡើងថា ពាក្យដូចជា 'កណ្ដុរ' 'មេរោគ' ដែលប្រើសំដៅលើក្រុមជនជាតិណាមួយ ជារឿយៗកើតមានមុនអំពើហិង្សា។",
        "ក្រុមអ្នកគាំទ្របាល់ទាត់ពីរក្រុមបានវាយគ្នានៅក្រោយការប្រកួតកាលពីល្ងាចម្សិលមិញ។ ប៉ូលិសឃាត់ខ្លួនមនុស្ស ៥ នាក់ ដែលបានប្រកាសគំរាមគ្នាលើ Facebook មុនការប្រកួត។",
        "អាជ្ញាធរខេត្តបានស្នើឲ្យ Facebook បិទផេកមួយ ដែលអំពាវនាវឲ្យធ្វើពហិការហាងរបស់ជនជាតិចាម ដោយចាត់ទុកថាជាការញុះញង់ឲ្យរើសអើង។",
    ],
    en=[
        "A Kampong Chhnang court sentenced a man to two years for threatening a journalist via Messenger with the words 'watch your back'.",
        "Police arrested three young men who ran a page sharing female students' private photos to extort money from them.",
        "A rights group reports that hateful use of the word 'yuon' on social media doubled during the election season.",
        "A Chinese-owned shop in Sihanoukville had its windows smashed with rocks overnight. Police are investigating whether it was a hate crime.",
        "An online seller filed a police complaint after dozens of fake accounts insulted her and threatened to throw acid on her. The suspect is her ex-boyfriend.",
        "Phnom Penh Pride organisers have asked for police protection after receiving messages warning that 'something will happen' on the day of the march.",
        "New survey: 4 in 10 students have been bullied online, mostly over their weight, skin colour or family income.",
        "Two forest activists in Preah Vihear say they were told they 'won't come out' if they enter the forest again. Civil society groups are calling for an investigation.",
    ],
    mixed=[
        "តុលាការកាត់ទោសបុរសម្នាក់ ២ ឆ្នាំ ពីបទ threaten អ្នកកាសែតតាម Messenger ថា 'watch your back'",
        "Rights group៖ hate speech ប្រើពាក្យ 'យួន' លើ social media កើនទ្វេដងក្នុង election season",
        "ប៉ូលិសចាប់ 3 នាក់ ដែល run page share private photo និស្សិតស្រីដើម្បី extort លុយ",
        "Pride organisers ស្នើ police protection ក្រោយទទួលសារ threat ថា 'something will happen'",
    ],
    latn=[
        "tolakar kat tos boros mnak 2 chnam pi bot komream neak kaset tam messenger tha 'prayat khnang eng'",
        "police chab yuvachun 3 nak del bongkert page share roup private nisot srey derm-bei komream yok luy",
        "angkar setthi mnus tha peak 'yuon' knong ney sa'op leu social media kert laeng tvei dong pel bos chhnaot",
    ],
)

_NEWS_CHILD = _posts(
    "wa-hw-news-child",
    neg_kind="news_report",
    km=[
        "តុលាការរាជធានីភ្នំពេញ ផ្ដន្ទាទោសជនជាតិបរទេសម្នាក់ ១៥ ឆ្នាំ ពីបទរំលោភបំពានលើកុមារ។ ជនល្មើសបានល្បួងក្មេងៗដោយឲ្យលុយ និងទូរស័ព្ទ។",
        "ប៉ូលិសប្រឆាំងការជួញដូរមនុស្ស ចាប់ខ្លួនបុរសម្នាក់ដែលផ្សាយការងារ 'ម៉ូដែលកុមារ' ក្លែងក្លាយ ហើយសុំរូបថតពីក្មេងស្រីអាយុ ១៣ ដល់ ១៥ ឆ្នាំ។",
        "ផ្ទះសំណាក់មួយនៅសៀមរាប ត្រូវបិទជាបណ្ដោះអាសន្ន ក្រោយប៉ូលិសរកឃើញថាបានឲ្យបុរសពេញវ័យនាំក្មេងស្រីមកស្នាក់នៅ ដោយមិនពិនិត្យអត្តសញ្ញាណ។",
        "គ្រូបង្រៀនម្នាក់នៅខេត្តតាកែវ ត្រូវបានព្យួរការងារ និងបញ្ជូនទៅតុលាការ ពីបទផ្ញើសារទៅសិស្សស្រីពេលយប់ ហើយប្រាប់ឲ្យលាក់ពីឪពុកម្ដាយ។",
        "ខ្សែទូរស័ព្ទជំនួយកុមារ ១២៨០ ទទួលការរាយការណ៍ពីការល្បួងកុមារតាមអនឡាញ កើនឡើង ៣០ ភាគរយក្នុងឆ្នាំនេះ ភាគច្រើនតាមរយៈហ្គេមទូរស័ព្ទ។",
        "ប៉ូលិសបានបិទឆានែល Telegram មួយ ដែលជួញដូររូបភាពរំលោភកុមារ ដោយប្រើពាក្យកូដ 'folder សិស្ស'។ មនុស្ស ៤ នាក់ត្រូវបានឃាត់ខ្លួន។",
        "ម្ដាយម្នាក់នៅកំពង់ចាមរាយការណ៍ថា កូនស្រីអាយុ ១២ ឆ្នាំត្រូវមនុស្សមិនស្គាល់ផ្ញើកាតទូរស័ព្ទឲ្យ ហើយសុំជួបម្នាក់ឯង។ ប៉ូលិសបានចាប់ខ្លួនជនសង្ស័យហើយ។",
        "ម្ចាស់ហាងហ្គេមអនឡាញម្នាក់នៅខេត្តកំពត ត្រូវតុលាការកាត់ទោស ៧ ឆ្នាំ ពីបទល្បួងក្មេងប្រុសៗ ដោយឲ្យលេងហ្គេមឥតគិតថ្លៃ ហើយប្រាប់ឲ្យលាក់ពីឪពុកម្ដាយ។",
        "តុលាការផ្ដន្ទាទោសម្ចាស់ហាងម៉ាស្សាមួយ ពីបទជួលក្មេងអាយុក្រោម ១៨ ឆ្នាំឲ្យធ្វើការពេលយប់។",
        "ក្រសួងសង្គមកិច្ចប្រកាសថា កុមារ ១២ នាក់ត្រូវបានជួយសង្គ្រោះពីបណ្ដាញជួញដូរនៅខេត្តបន្ទាយមានជ័យ ហើយកំពុងទទួលការថែទាំ។",
    ],
    en=[
        "A Phnom Penh court sentenced a foreign national to 15 years for child abuse. Investigators said he lured children with money and phones.",
        "Anti-trafficking police arrested a man who posted fake 'child model' job ads and asked girls aged 13-15 to send photos.",
        "A Takeo teacher was suspended and sent to court for messaging a female student late at night and telling her to hide it from her parents.",
        "The 1280 child helpline says reports of online grooming rose 30% this year, most of them through mobile games.",
        "Police shut down a Telegram channel trading child abuse images under the code word 'student folder'. Four people were detained.",
        "A guesthouse in Siem Reap was temporarily closed after police found it let adult men check in with young girls without checking ID.",
    ],
    mixed=[
        "តុលាការផ្ដន្ទាទោសជនបរទេស 15 ឆ្នាំ ពីបទ child abuse ល្បួងក្មេងដោយលុយ និង phone",
        "Police បិទ Telegram channel ដែលជួញដូររូបរំលោភកុមារ ដោយប្រើ code 'folder សិស្ស' ឃាត់ 4 នាក់",
        "Helpline 1280៖ report ពី online grooming កើន 30% ភាគច្រើនតាម mobile game",
        "គ្រូម្នាក់នៅតាកែវ suspended ហើយបញ្ជូនទៅតុលាការ ពីបទ message សិស្សស្រីពេលយប់ ប្រាប់ឲ្យលាក់ពីឪពុកម្ដាយ",
    ],
    latn=[
        "tolakar phnom penh kat tos borotes mnak 15 chnam pi bot romlorb kmeng, vea lbuong kmeng dauy luy nirng phone",
        "police chab boros mnak del post kar ngar 'model kmeng' kleng kla, sum roup pi kmeng srey 13-15 chnam",
        "1280 tha report pi kar lbuong kmeng online kert 30% chnam nis, pi game phone chreun",
        "krou mnak nov takeo trov ke phyuor kar ngar, pheu sar tov sis srey pel yub heuy prab oy leak pi pa mak",
    ],
)

_POLITICS = _posts(
    "wa-hw-politics",
    neg_kind="political_criticism",
    km=[
        "អភិបាលខេត្តគួរតែឈប់ថតរូបកាត់ខ្សែបូ ហើយមកមើលផ្លូវដែលគាត់សន្យាតាំងពីឆ្នាំ ២០១៩។ ប្រជាជនមិនមែនល្ងង់ទេ។",
        "គោលនយោបាយយកពន្ធលើអ្នកលក់តូចៗ គឺអយុត្តិធម៌ទាំងស្រុង។ ក្រុមហ៊ុនធំគេចពន្ធបាន តែបងប្អូនលក់នំមាត់ផ្លូវត្រូវបង់។",
        "ក្រសួងអប់រំនិយាយតែពីគុណភាព តែគ្រូបង្រៀននៅតែទទួលប្រាក់ខែមិនគ្រប់ចិញ្ចឹមគ្រួសារ។ នេះជាការខកខានធំរបស់រដ្ឋាភិបាល។",
        "មន្ត្រីដែលបើកឡានតម្លៃជាងកន្លះលានដុល្លារ ដោយប្រាក់ខែរដ្ឋ ត្រូវពន្យល់ប្រជាជនថាលុយមកពីណា។",
        "ខ្ញុំគាំទ្រការអភិវឌ្ឍ តែការបណ្ដេញអ្នកភូមិចេញពីដីដោយគ្មានសំណងសមរម្យ មិនមែនជាការអភិវឌ្ឍទេ គឺជាការប្លន់។",
        "មេឃុំយើងល្អតែពេលបោះឆ្នោត។ ក្រៅពីនោះ ទូរស័ព្ទទៅមិនដែលលើក។ ឆ្នាំក្រោយកុំបោះឲ្យគាត់ទៀត។",
        "ច្បាប់ថ្មីស្ដីពីបណ្ដាញសង្គមនេះ ប្រើពាក្យទូលាយពេក ហើយអាចត្រូវប្រើដើម្បីបិទមាត់អ្នករិះគន់។ រដ្ឋសភាគួរពិនិត្យឡើងវិញ។",
        "ថវិកាសាលារៀនត្រូវកាត់បន្ថយ តែការិយាល័យខេត្តទិញឡានថ្មីបីគ្រឿង។ អាទិភាពបែបនេះខុសទាំងស្រុង។",
        "រដ្ឋាភិបាលគួរតែខ្មាសខ្លួន ដែលទុកឲ្យពលករចំណាកស្រុកជាប់គុកនៅថៃ ដោយគ្មានស្ថានទូតជួយ។",
    ],
    en=[
        "The governor should stop cutting ribbons for the cameras and come look at the road he promised us in 2019. We're not stupid.",
        "Officials driving half-million-dollar cars on a government salary owe the public an explanation. Where did the money come from?",
        "I support development, but evicting villagers with no fair compensation isn't development. It's robbery.",
        "This new social media law is written so broadly it can be used to silence any critic. Parliament needs to send it back.",
        "Shameful that the government leaves migrant workers stuck in Thai jails with no help from the embassy.",
    ],
    mixed=[
        "Governor ឈប់ថតរូបកាត់ខ្សែបូទៅ មកមើលផ្លូវដែល promise តាំងពី 2019 ផង",
        "Eviction គ្មានសំណងសមរម្យ មិនមែន development ទេ it's robbery",
        "មន្ត្រីបើកឡាន luxury ជាមួយប្រាក់ខែរដ្ឋ please explain លុយមកពីណា 🤔",
    ],
    latn=[
        "aphibal khet chob thot roup kat khse bo tov, mok merl phlov del sonya tang pi 2019 pong",
        "montrey ber lan thlai kanlah lean dolla jea mouy prak khe rodth, trov pon-yol tha luy mok pi na",
        "bondenh neak phum pi dei ot men somnong, min men kar aphivat te, ku jea kar plon",
    ],
)

_COMPLAINT = _posts(
    "wa-hw-complaint",
    neg_kind="complaint",
    km=[
        "ក្រុមហ៊ុនដឹកជញ្ជូនមួយណា ដែលទុកអីវ៉ាន់ខ្ញុំឲ្យត្រូវភ្លៀងអស់ ៣ ថ្ងៃ? ខឹងណាស់! ទូរស័ព្ទប៉ុន្មានដងក៏គ្មានអ្នកលើក។",
        "ភ្លើងដាច់ជាលើកទីបួនក្នុងសប្ដាហ៍នេះ។ ម្ហូបក្នុងទូទឹកកកខូចអស់ ហើយនៅតែត្រូវបង់វិក្កយបត្រពេញ។ ចង់ឆ្កួតហើយ!",
        "ហាងកាហ្វេជិតផ្សារ បម្រើយឺតជាងខ្យង ហើយដាក់ទឹកកកពេញកែវ។ ខ្ញុំលែងទៅទៀតហើយ។",
        "អ្នកជិតខាងបើកភ្លេងខ្លាំងដល់ម៉ោង ២ យប់រាល់ថ្ងៃ។ កូនខ្ញុំត្រូវប្រឡងស្អែក។ ប្រាប់ប៉ុន្មានដងក៏មិនស្ដាប់។ សុំមេភូមិជួយផង។",
        "ទិញទូរស័ព្ទអនឡាញ ផ្ញើមកជាប្រអប់ទទេ! ម្ចាស់ផេកប្លុកខ្ញុំបាត់។ ប្រយ័ត្នផេកនេះផង បងប្អូន។",
        "ធនាគារកាត់ថ្លៃសេវា ២ ដងសម្រាប់ការផ្ទេរតែមួយ។ ទៅសួរបុគ្គលិកនៅបញ្ជរ គេថា 'ប្រព័ន្ធខូច'។ អស់សង្ឃឹមហើយ។",
        "គ្លីនិកឯកជនមួយនេះ ឲ្យខ្ញុំចាំ ៣ ម៉ោង ហើយគិតលុយ ៥០ ដុល្លារសម្រាប់ការពិនិត្យ ៥ នាទី។ ថ្លៃហួសហេតុណាស់!",
        "ម្ចាស់ផ្ទះជួលតម្លើងថ្លៃ ២០ ដុល្លារ ដោយមិនប្រាប់មុន ហើយទឹកនៅតែដាច់រាល់ព្រឹក។ ប្រាប់ហើយក៏មិនជួសជុល។ អស់ចិត្តណាស់!",
        "ផ្លូវជាតិលេខ ៥ កកស្ទះ ៤ ម៉ោង ដោយសារជួសជុល តែគ្មានផ្លាកសញ្ញាប្រាប់មុនសោះ។ គិតពីអ្នកដំណើរខ្លះផង!",
    ],
    en=[
        "Which courier company left my parcel out in the rain for three days? Furious. Called ten times, nobody picks up.",
        "Fourth blackout this week. Everything in the fridge is ruined and we still pay the full bill. I'm losing my mind.",
        "Ordered a phone online, got an empty box. The page owner blocked me. Be careful with this seller everyone.",
        "Neighbours blasting music until 2am every single night. My kid has exams tomorrow. Asked them nicely five times. Done being nice.",
        "Waited 3 hours at this private clinic and got charged $50 for a 5-minute check-up. Absolute rip-off.",
    ],
    mixed=[
        "Courier company ណាទុក parcel ខ្ញុំត្រូវភ្លៀង 3 ថ្ងៃ?? call ១០ ដងគ្មានអ្នកលើក 😡",
        "ភ្លើងដាច់លើកទី 4 ហើយ week នេះ ម្ហូបក្នុង fridge ខូចអស់ still pay full bill 🤬",
        "ទិញ phone online ផ្ញើមកប្រអប់ទទេ 😭 page owner block ខ្ញុំ careful ផង",
    ],
    latn=[
        "phleung dach lerk ti 4 hz saptah nis, mhob knong tu tek kork khoch os, nov tae bong bill penh",
        "tinh phone online pheu mok prob tote! mchas page block knhom, prayat page nis pong bong oun",
        "neak jit khang bok phleng klang dol mong 2 yub real thngai, kon knhom prolong saek, prab ponman dong ka min sdab",
    ],
)

# ---------------------------------------------------------------------------------------------
# Slot templates: a little quantity on the same boundary, each in several sentence structures
# ---------------------------------------------------------------------------------------------

_TP_HATE_THEY = Theme(
    key="wa-tp-hate-they",
    abuse=("hate",),
    stratum=_STRATUM,
    slots={
        "hgrp": {
            "km": ["ពួកយួន", "យួន", "ពួកចិនដីគោក", "ពួកចាម", "ពួកខ្ទើយ", "ពួកអ៊ីស្លាម", "ពួកខ្មែរក្រោម", "ពួកអ្នកចំណាកស្រុក"],
            "en": ["the yuon", "these Vietnamese", "these Chinese", "the Cham", "these gays", "the Muslims", "the Khmer Krom", "these migrants"],
            "mx": ["ពួកយួន", "Chinese ទាំងនេះ", "ពួកចាម", "LGBT ទាំងនេះ", "ពួក Muslim", "ពួកខ្មែរក្រោម", "migrants ទាំងនេះ"],
            "lt": ["pouk yuon", "yuon", "pouk chen", "pouk cham", "pouk khteuy", "pouk islam", "pouk khmer krom", "neak chomnak srok"],
        },
        "vermin": {
            "km": ["កណ្ដុរ", "កន្លាត", "ឈ្លើង", "កណ្ដូប", "មេរោគ", "ចៃ"],
            "en": ["rats", "cockroaches", "leeches", "locusts", "a virus", "lice"],
            "lt": ["kondor", "kanlat", "chhlerng", "kondob", "merok", "chai"],
        },
    },
    templates={
        "km": [
            "{hgrp}កំពុងបំផ្លាញប្រទេសយើង។ បណ្ដេញពួកវាចេញឲ្យអស់ មុនពេលហួសពេល {emo_angry}",
            "និយាយត្រង់ៗ {hgrp}ដូច{vermin}អញ្ចឹង ចូលមកមួយ ពេញមួយផ្លូវ។",
            "ហេតុអ្វី{hgrp}ត្រូវមានសិទ្ធិស្មើយើង? {province}មិនមែនជាកន្លែងរបស់ពួកវាទេ។",
            "ច្បាប់ងាយៗ៖ កុំជួលផ្ទះឲ្យ{hgrp} កុំជួលពួកវាធ្វើការ កុំទិញអីពីពួកវា។ យក{province}មកវិញ។",
            "{province}ឥឡូវមាន{hgrp}កាន់តែច្រើនរាល់សប្ដាហ៍។ គ្មាននរណាចង់បានពួកវាទេ ដល់ពេលអ្នកភូមិត្រូវធ្វើអ្វីមួយហើយ។",
        ],
        "en": [
            "{hgrp} are ruining our country. Kick them all out before it's too late {emo_angry}",
            "Honestly {hgrp} are like {vermin}. Let one in and the whole street fills up.",
            "Why should {hgrp} get the same rights as us? They don't belong in {province}.",
            "Simple rule: don't rent to {hgrp}, don't hire them, don't buy from them. Make {province} ours again.",
            "Every week there are more of {hgrp} in {province}. Nobody asked for them. Time for the village to do something.",
        ],
        "mixed": [
            "{hgrp} កំពុង ruin ប្រទេសយើង kick them all out មុនហួសពេល {emo_angry}",
            "Honestly {hgrp} ដូច{vermin} ចូលមកមួយ ពេញមួយភូមិ",
            "Don't rent ឲ្យ {hgrp} don't hire don't buy ពីពួកវា 🚫 {province} ជារបស់យើង",
            "ហេតុអី {hgrp} បាន same rights ដូចយើង? they don't belong នៅ{province}",
        ],
        "km-latn": [
            "{hgrp} kompung bomphlanh srok yeung, bondenh chenh oy os mun huos pel {emo_angry}",
            "niyeay trong trong {hgrp} dauch {vermin}, chol mouy penh mouy phlov",
            "kom chuol ptes oy {hgrp}, kom chuol vea tver kar, kom tinh ey pi vea. {province} jea robos yeung",
            "hetey {hgrp} ban setthi smer yeung? {province} min men kanleng pouk vea te",
        ],
    },
)

_TP_THREAT_VEILED = Theme(
    key="wa-tp-threat-veiled",
    abuse=("threat",),
    stratum=_STRATUM,
    slots={
        "topic": {
            "km": ["រឿងដីនោះ", "រឿងរោងចក្រ", "អាជីវកម្មបងប្រុសខ្ញុំ", "រឿងបូមខ្សាច់", "ថៅកែយើង", "គម្រោងទំនប់", "ករណីប្ដឹងនោះ"],
            "en": ["the land case", "the factory", "my brother's business", "the sand dredging", "our boss", "the dam project", "that lawsuit"],
            "lt": ["roeung dei nuh", "roeung rong chakr", "business bong pros knhom", "roeung bom khsach", "thaokae yeung", "kamrong tumnub", "roeung pdeng nuh"],
        },
        "know": {
            "km": ["កូនឯងរៀនសាលាណា", "ឯងចតម៉ូតូនៅណារាល់យប់", "ប្រពន្ធឯងបិទហាងម៉ោងប៉ុន្មាន", "ឯងជិះតាមផ្លូវណាទៅផ្ទះ", "ឪពុកម្ដាយឯងរស់នៅឯណានៅ{province}"],
            "en": ["where your kids go to school", "where you park your moto every night", "what time your wife closes the shop", "which road you take home", "where your parents live in {province}"],
            "lt": ["kon eng rien sala na", "eng chot moto nov na real yub", "prapuon eng bet hang mong ponman", "eng chis phlov na tov ptes", "pa mak eng rous nov na nov {province}"],
        },
        "conseq": {
            "km": ["ឯងនឹងឃើញថាមានអ្វីកើតឡើង", "ឯងនឹងមិនចូលចិត្តអ្វីដែលកើតឡើងបន្ទាប់ទេ", "គ្រួសារឯងនឹងត្រូវសងជំនួស", "ហាងឯងនឹងមិននៅឈរដល់សប្ដាហ៍ក្រោយទេ", "ឯងនឹងត្រូវការមន្ទីរពេទ្យ មិនមែនមេធាវីទេ"],
            "en": ["you'll see what happens", "you won't like what comes next", "your family will pay for it", "your shop won't be standing next week", "you'll need a hospital, not a lawyer"],
            "lt": ["eng nung khernh tha men ey kert laeng", "eng min chol chet ey del kert bontoab te", "krusa eng nung trov song jumnuos", "hang eng min nov chhor dol saptah kroy te", "eng trov kar mundi pet, min men mektheavy te"],
        },
        "role": {
            "km": ["អ្នកកាសែត", "សកម្មជន", "មេសហជីព", "អ្នកសរសេរប្លុក"],
            "en": ["reporter", "activist", "union leader", "blogger"],
            "lt": ["neak kaset", "sakammachun", "me sahachip", "blogger"],
        },
    },
    templates={
        "km": [
            "និយាយពី{topic}ទៀតទៅ ហើយ{conseq}។",
            "ខ្ញុំដឹងថា{know}។ លុបការប្រកាសពី{topic}ចោលយប់នេះ បើមិនដូច្នោះទេ {conseq}។",
            "ការព្រមានចុងក្រោយពី{topic}។ លើកក្រោយមិនមែនត្រឹមតែសារទេ {emo_angry}",
            "ដំបូន្មានដល់{role}មកពី{province}៖ ឈប់ជ្រៀតជ្រែក{topic}ទៅ។ អ្នកដែលមិនស្ដាប់ ចុងក្រោយទៅនៅក្នុងទន្លេ។",
            "{name} យើងដឹងថា{know}។ គិតឲ្យល្អ មុននឹងនិយាយពី{topic}មួយម៉ាត់ទៀត។",
        ],
        "en": [
            "Keep talking about {topic} and {conseq}.",
            "I know {know}. Delete the post about {topic} tonight, or {conseq}.",
            "Last warning about {topic}. Next time it won't be a message {emo_angry}",
            "Friendly advice to the {role} from {province}: drop {topic}. People who don't listen end up in the river.",
            "We know {know}, {name}. Think about that before you say another word about {topic}.",
        ],
        "mixed": [
            "និយាយពី{topic}ទៀតទៅ {conseq} 😈",
            "I know {know}. Delete post ពី{topic}ចោលយប់នេះ or {conseq}",
            "Last warning ពី{topic} លើកក្រោយមិនមែនត្រឹម message ទេ {emo_angry}",
            "{role}មកពី{province} drop {topic} ទៅ អ្នកមិនស្ដាប់ end up ក្នុងទន្លេ",
        ],
        "km-latn": [
            "niyeay pi {topic} tiet tov, {conseq}",
            "knhom deng {know}. lub post pi {topic} chol yub nis, ber ot {conseq}",
            "kar prom-ean chong kroy pi {topic}. lerk kroy min men trem tae sar te",
            "{name} yeung deng {know}, kit oy laor mun niyeay pi {topic} tiet",
            "{role} mok pi {province}, chob chreat chrek {topic} tov, neak min sdab chong kroy nov knong tonle",
        ],
    },
)

_TP_CHILD_GIFT = Theme(
    key="wa-tp-child-gift",
    abuse=("child_safety",),
    stratum=_STRATUM,
    slots={
        "cgift": {
            "km": ["កាតទូរស័ព្ទ ១០ ដុល្លារ", "ពេជ្រ ៥០០ គ្រាប់", "ទូរស័ព្ទថ្មីមួយ", "ស្គីនថ្មីក្នុងហ្គេម", "លុយចាយ ២ ម៉ឺនរៀល", "កាបូបស្ពាយថ្មី"],
            "en": ["a $10 phone card", "500 diamonds", "a new phone", "a new game skin", "20,000 riel pocket money", "a new school bag"],
            "mx": ["កាត $10", "diamond 500", "phone ថ្មី", "skin ថ្មី", "លុយ 20k", "school bag ថ្មី"],
            "lt": ["kat 10$", "pich 500", "phone thmey", "skin thmey", "luy 2 mern", "kabob thmey"],
        },
        "capp": {
            "km": ["Telegram", "Signal", "WhatsApp", "Line", "គណនីសម្ងាត់មួយទៀត"],
            "en": ["Telegram", "Signal", "WhatsApp", "Line", "a second secret account"],
            "lt": ["telegram", "signal", "whatsapp", "line", "account secret mouy tiet"],
        },
        "cage": {"km": ["១២", "១៣", "១៤", "១១"], "en": ["12", "13", "14", "11"]},
        "ckid": {
            "km": ["អូន", "ក្មួយ", "អូនស្រី", "ប្អូនប្រុស"],
            "en": ["sweetie", "kiddo", "little sis", "buddy"],
            "lt": ["oun", "kmouy", "oun srey", "p'oun pros", "on"],
        },
    },
    templates={
        "km": [
            "{ckid}អាយុប៉ុន្មានហើយ? {cage}? ល្អណាស់។ បងអាចឲ្យ{cgift} តែយើងត្រូវឆាតក្នុង {capp} កុំឲ្យប៉ាម៉ាក់ឃើញ។",
            "{cgift}ជារបស់{ckid}ហើយ បើផ្ញើរូបក្នុងបន្ទប់មកបងយប់នេះ។ ទុកជារឿងសម្ងាត់ណា។",
            "កុំប្រាប់ម៉ាក់ពី{cgift}ណា{ckid}។ លើកក្រោយបងយកមកឲ្យផ្ទាល់ ចាំជួបបងក្រោយចេញរៀន មកម្នាក់ឯង។",
            "{ckid}អាយុ {cage} មែនទេ? មើលទៅធំជាងអាយុណាស់។ ចង់បាន{cgift}ទេ? Add {capp} បងមក ហើយលុបឆាតនេះចោល។",
        ],
        "en": [
            "how old are you {ckid}? {cage}? perfect. i can send you {cgift} but only if we talk on {capp} where your parents can't see",
            "{cgift} is yours if you send a photo from your room tonight. our secret ok {ckid}?",
            "don't tell mum i'm getting you {cgift}, {ckid}. next time I'll bring it myself, just meet me after class alone",
            "You're {cage} right {ckid}? You seem so grown up. Want {cgift}? Add me on {capp} and delete this chat.",
        ],
        "mixed": [
            "{ckid} age ប៉ុន្មាន? {cage}? ok បងឲ្យ {cgift} តែ chat ក្នុង {capp} កុំឲ្យប៉ាម៉ាក់ឃើញ",
            "{cgift} ជារបស់ {ckid} បើ send photo ក្នុងបន្ទប់មកយប់នេះ 🤫 secret ណា",
            "Don't tell ម៉ាក់ពី {cgift} ណា {ckid} បងយកមកឲ្យផ្ទាល់ meet ក្រោយចេញរៀន alone",
            "{ckid} {cage} ឆ្នាំមែន? look so mature 😘 ចង់បាន {cgift}? add {capp} ហើយ delete chat នេះ",
        ],
        "km-latn": [
            "{ckid} ayuk ponman hz? {cage}? laor nas. bong oy {cgift} tae chat knong {capp} kom oy pa mak khernh",
            "{cgift} jea robos {ckid} ber pheu roup knong bontub mok bong yub nis. tuk jea secret na",
            "kom prab mak pi {cgift} na {ckid}, lerk kroy bong yok mok oy pteal, choup bong kroy chenh rien mok mnak eng",
            "{ckid} ayuk {cage} men te? merl tov thom cheang ayuk nas. jg ban {cgift} ot? add {capp} bong mok hz lub chat nis chol",
            "bong dak {cgift} oy {ckid} hz, tae kom prab neak na, ok? chat tae knong {capp}",
        ],
    },
)

_TP_HARASS_PILE = Theme(
    key="wa-tp-harass-pile",
    abuse=("harassment",),
    stratum=_STRATUM,
    slots={
        "flaw": {
            "km": ["ធាត់ដូចគោ", "ខ្មៅដូចបាយឆេះ", "ថោក ដើរជាមួយប្រុសរាល់យប់", "ក្រ គ្មានលុយទិញស្បែកជើង", "ខ្វិន ដើរញ័រៗ", "អាក្រក់ជាងកង្កែប"],
            "en": ["a fat cow", "as dark as burnt rice", "a cheap girl who goes out with a different guy every night", "too poor to afford proper shoes", "a limping cripple", "uglier than a frog"],
            "lt": ["thot dauch ko", "khmao dauch bay chheh", "thaok, der jea mouy pros real yub", "kro kmean luy tinh sbek cheung", "khvin der nhor nhor", "akrok cheang kangkaep"],
        },
    },
    templates={
        "km": [
            "គ្រប់គ្នាចូលផេក{name}ទៅ ប្រាប់វាថាវា{flaw} {emo_laugh}",
            "{name} ឯង{flaw} ហើយនៅតែប្រកាសរូបខ្លួនឯងទៀត? គ្មាននរណាចង់មើលទេ លុបគណនីចោលទៅ។",
            "ថតអេក្រង់ទុក៖ {name}នៅ{province} {flaw}។ ចែកឲ្យពេញសាលាវាដឹង។",
            "ខ្ញុំនឹងផ្ញើសាររាល់យប់ {name} រហូតដល់ឯងឆ្លើយ។ ឯងគេចមិនរួចទេ។",
            "{name}ផ្សាយផ្ទាល់ទៀតហើយ {emo_laugh} {flaw} ហើយគិតថាខ្លួនជាតារា។ ចូលសរសេររំខានរហូតដល់វាឈប់។",
        ],
        "en": [
            "Everyone go to {name}'s page and remind her she's {flaw} {emo_laugh}",
            "{name}, you're {flaw} and you still post selfies? Nobody wants to see that. Delete your account.",
            "Screenshot this: {name} from {province} is {flaw}. Spread it so everyone at her school knows.",
            "I'll keep messaging you every night {name} until you answer. You don't get to ignore me.",
            "lol {name} is on live again. {flaw} and thinks she's a star. let's spam her comments till she quits",
        ],
        "mixed": [
            "Everyone ចូល page {name} ទៅ ប្រាប់វាថាវា{flaw} {emo_laugh}",
            "{name} ឯង{flaw} ហើយនៅ post selfie? nobody wants to see, delete account ទៅ",
            "Screenshot ទុក៖ {name} នៅ{province} {flaw} share ឲ្យពេញសាលាវាដឹង",
            "ខ្ញុំ message ឯងរាល់យប់ {name} until you answer ឯងគេចមិនរួចទេ",
        ],
        "km-latn": [
            "krup knea chol page {name} tov, prab vea tha vea {flaw} {emo_laugh}",
            "{name} eng {flaw} heuy nov tae post selfie? kmean neak na jg merl te, lub account chol tov",
            "screenshot tuk: {name} nov {province} {flaw}, share oy penh sala vea deng",
            "knhom nung pheu sar real yub {name} rohot dol eng chlery, eng kech min ruoch te",
            "{name} live tiet hz {emo_laugh} {flaw} heuy kit tha kluon jea dara, chol comment rumkhan rohot vea chob",
        ],
    },
)

_TP_COMMERCE = Theme(
    key="wa-tp-commerce-photos",
    neg_kind="benign",
    hard=True,
    stratum=_STRATUM,
    slots={
        "prod": {
            "km": ["ឈុតឯកសណ្ឋានសិស្សស្រី", "ស្បែកជើងសង្រែកកុមារ", "រទេះរុញទារក", "កុំព្យូទ័រយួរដៃមួយទឹក", "សៀវភៅរឿងកុមារ", "ឆ្នាំងដាំបាយអគ្គិសនី", "កាបូបស្ពាយសិស្ស", "រ៉ូបពណ៌ផ្កាឈូកសម្រាប់ក្មេងអាយុ ៨ ឆ្នាំ", "មួកសុវត្ថិភាពមួយទឹក"],
            "en": ["a girls' school uniform set", "kids' sandals", "a baby stroller", "a second-hand laptop", "children's story books", "a rice cooker", "school bags", "a pink party dress for age 8", "a used motorbike helmet"],
            "mx": ["ឈុត uniform សិស្សស្រី", "sandals កុមារ", "stroller ទារក", "laptop មួយទឹក", "សៀវភៅរឿង kids", "rice cooker", "school bag", "រ៉ូប pink សម្រាប់ក្មេង 8 ឆ្នាំ", "helmet មួយទឹក"],
            "lt": ["uniform sis srey", "sbek cheung sandal kmeng", "roteh runh baby", "laptop mouy tek", "siev phov roeung kmeng", "chhnang dam bay", "kabob sis", "rob pink somrab kmeng 8 chnam", "muok moto mouy tek"],
        },
    },
    templates={
        "km": [
            "លក់{prod} តម្លៃ {money}។ Inbox មក ខ្ញុំផ្ញើរូបបន្ថែមជូន។",
            "{prod}នៅមានក្នុងស្តុក! ឆាតមកសុំរូបពិត ឬហៅវីដេអូមើលផ្ទាល់ក៏បាន។",
            "ទិញខោអាវឲ្យកូនមែនទេ? ប្រាប់អាយុ និងទំហំកូនមក ខ្ញុំផ្ញើរូបឈុតដែលត្រូវខ្នាតជូន តម្លៃចាប់ពី {money}។",
            "ទំនិញមកដល់ថ្មី៖ {prod} ត្រឹមតែ {money}។ សរសេរ 'ចាប់អារម្មណ៍' ខាងក្រោម ខ្ញុំផ្ញើរូបតាមសារ 📦",
            "អ្នកណាមាន{prod}លក់ទេ? ផ្ញើរូប និងតម្លៃមកផង ត្រូវការមុនចុងសប្ដាហ៍។",
        ],
        "en": [
            "{prod} for sale, {money}. Inbox me and I'll send more photos.",
            "Still have {prod} in stock! DM for real photos, I can video call to show it.",
            "Shopping for the kids? Tell me your child's age and size and I'll send photos of the outfits that fit, from {money}.",
            "New arrivals: {prod}, only {money}. Comment 'interested' and I'll message you the photos 📦",
            "Anyone selling {prod}? Please send photos and price, need it before the weekend.",
        ],
        "mixed": [
            "លក់ {prod} {money} inbox មក ខ្ញុំ send photo បន្ថែម",
            "{prod} នៅមាន stock! DM សុំ real photo ឬ video call មើលផ្ទាល់",
            "ទិញខោអាវឲ្យកូន? ប្រាប់ age + size កូនមក ខ្ញុំ send photo ឈុតដែលត្រូវ size ចាប់ពី {money}",
            "New arrival 📦 {prod} ត្រឹម {money} comment 'interested' ខ្ញុំ send photo តាម inbox",
        ],
        "km-latn": [
            "luk {prod} {money}, inbox mok knhom pheu roup bonthem",
            "{prod} nov men stock! inbox sum roup pit ryu video call merl pteal ka ban",
            "tinh khor av oy kon men? prab ayuk nirng size kon mok, knhom pheu roup chhut del trov size, chab pi {money}",
            "neak na men {prod} luk te? pheu roup nirng tlai mok pong, trov kar mun chong saptah",
            "tomninh mok dol thmey: {prod} trem tae {money}, comment 'interested' knhom pheu roup tam inbox",
        ],
    },
)

_TP_AWARE_SIGNS = Theme(
    key="wa-tp-aware-signs",
    neg_kind="awareness",
    stratum=_STRATUM,
    slots={
        "csign": {
            "km": ["មនុស្សពេញវ័យសួរអាយុក្មេង រួចសុំប្ដូរទៅឆាតក្នុងកម្មវិធីឯកជន", "មនុស្សមិនស្គាល់ផ្ញើកាតទូរស័ព្ទ ឬពេជ្រហ្គេមឲ្យដោយគ្មានហេតុផល", "នរណាម្នាក់ប្រាប់ក្មេងឲ្យលាក់ការឆាតពីឪពុកម្ដាយ", "'ភ្នាក់ងារម៉ូដែល' សុំរូបថតក្នុងបន្ទប់គេងរបស់ក្មេង", "មិត្តអនឡាញសុំជួបក្មេងតែម្នាក់ឯង", "នរណាម្នាក់ប្រាប់ក្មេងឲ្យលុបសារ កុំឲ្យឪពុកម្ដាយឃើញ"],
            "en": ["an adult asks a child's age and then moves the chat to a private app", "a stranger sends phone credit or game diamonds for no reason", "someone asks a child to keep their chats secret", "a 'modelling agent' wants photos taken in a child's bedroom", "an online friend asks to meet a child alone", "someone tells a child to delete messages so parents won't see"],
            "mx": ["adult សួរអាយុក្មេង រួចប្ដូរទៅ private app", "stranger ផ្ញើកាតទូរស័ព្ទ ឬ diamond ឲ្យ free", "មាននរណាឲ្យក្មេង keep chat secret ពីប៉ាម៉ាក់", "'model agent' សុំ photo ក្នុងបន្ទប់គេងក្មេង", "online friend សុំ meet ក្មេងម្នាក់ឯង", "មាននរណាប្រាប់ក្មេងឲ្យ delete message"],
            "lt": ["mnus thom sour ayuk kmeng rouch dor tov chat app private", "mnus min skoal pheu kat phone ryu pich game oy ot mean heto", "neak na mnak prab kmeng oy leak chat pi pa mak", "'agent model' sum roup knong bontub keng kmeng", "mit online sum choup kmeng mnak eng", "neak na prab kmeng oy lub sar kom oy pa mak khernh"],
        },
    },
    templates={
        "km": [
            "សញ្ញាព្រមានសម្រាប់ឪពុកម្ដាយ៖ {csign}។ បើឃើញបែបនេះ និយាយជាមួយកូនដោយស្ងប់ ហើយទូរស័ព្ទទៅ {hotline}។",
            "ការល្បួងកុមារច្រើនចាប់ផ្ដើមពីរឿងតូចៗ ដូចជាពេល{csign}។ រាយការណ៍ កុំចែកបន្ត។",
            "ផ្ទាំងរូបភាពនៅសាលារៀនថ្ងៃនេះ៖ 'បើ{csign} ប្រាប់ឪពុកម្ដាយ ឬគ្រូភ្លាម។ កូនមិនខុសទេ។'",
            "សំណួរ៖ ធ្វើយ៉ាងម៉េច បើ{csign}? ចម្លើយ៖ ថតអេក្រង់ទុក ប្លុក ហើយរាយការណ៍ទៅ {hotline}។",
            "វគ្គបណ្ដុះបណ្ដាលមេភូមិនៅ{province}សប្ដាហ៍នេះ៖ ស្គាល់សញ្ញាព្រមាន ដូចជាពេល{csign}។",
        ],
        "en": [
            "Warning sign for parents: {csign}. If you see this, talk to your child calmly and call {hotline}.",
            "Grooming often starts small, for example when {csign}. Report it, don't share it.",
            "Poster at our school today: 'If {csign}, tell a parent or a teacher. You are not in trouble.'",
            "Q: what should I do if {csign}? A: keep the screenshots, block, and report to {hotline}.",
            "Training for village chiefs in {province} this week: spotting the signs, like when {csign}.",
        ],
        "mixed": [
            "Warning sign 🚩 {csign} → និយាយជាមួយកូនដោយស្ងប់ ហើយ call {hotline}",
            "Grooming ចាប់ផ្ដើមពីរឿងតូចៗ ឧទាហរណ៍ {csign}។ report it, don't share it",
            "Poster នៅសាលា៖ 'បើ {csign} ប្រាប់ parents ឬ teacher ភ្លាម'",
            "Q: ធ្វើម៉េចបើ {csign}? A: screenshot, block ហើយ report {hotline}",
        ],
        "km-latn": [
            "sanhnha prom-ean somrab pa mak: {csign}. khernh bep nis niyeay jea mouy kon skop skorm heuy call {hotline}",
            "kar lbuong kmeng chab pdaem pi roeung toch toch, dauch jea pel {csign}. report kom share",
            "poster nov sala: ber {csign}, prab pa mak ryu krou plam, kon min khos te",
            "sour: tver mdech ber {csign}? chlery: screenshot tuk, block, heuy report {hotline}",
        ],
    },
)

_TP_BANTER_GAME = Theme(
    key="wa-tp-banter-game",
    neg_kind="banter",
    stratum=_STRATUM,
    slots={
        "gm": {
            "km": ["ML", "Free Fire", "PUBG", "FIFA", "អុក", "បៀ"],
            "en": ["ML", "Free Fire", "PUBG", "FIFA", "chess", "cards"],
            "lt": ["ML", "free fire", "pubg", "fifa", "ouk", "bier"],
        },
        "club": {
            "km": ["វិសាខា", "បឹងកេត", "ស្វាយរៀង", "អង្គរតាយហ្គ័រ", "ភ្នំពេញក្រោន"],
            "en": ["Visakha", "Boeung Ket", "Svay Rieng", "Angkor Tiger", "Crown", "Chelsea", "Man City"],
            "lt": ["visakha", "boeung ket", "svay rieng", "angkor tiger", "crown", "chelsea"],
        },
        "buddy": {
            "km": ["អាកំសត់", "អាចាញ់រហូត", "ម៉ោ", "អាក្បាលខ្ទិះ", "មិត្តសម្លាញ់"],
            "en": ["noob", "loser", "bro", "clown", "potato"],
            "lt": ["a noob", "a chanh rohot", "bro", "a kamsot", "mit"],
        },
    },
    templates={
        "km": [
            "{name} យប់នេះខ្ញុំមករកឯងក្នុង {gm} ហើយ លាហើយ rank ឯង {emo_laugh}",
            "ជុំក្រោយខ្ញុំសម្លាប់ឯងមុនគេ {buddy} លើកនេះគ្មានការអាណិតទេ {emo_laugh}",
            "{name}លេង {gm} ដូចយាយខ្ញុំលេងដៃម្ខាង {emo_laugh} តែនៅតែស្រឡាញ់ឯង",
            "ច្បាប់ក្រុម{time}៖ អ្នកណាងាប់មុនគេ ត្រូវទិញ{food}ឲ្យគ្រប់គ្នា {emo_laugh}",
            "ថ្ងៃអាទិត្យនេះ យើងកំទេចអ្នកគាំទ្រ{club}ហើយ ត្រៀមក្រដាសជូតទឹកភ្នែកទៅ {emo_laugh}",
        ],
        "en": [
            "{name} I'm coming for you in {gm} tonight, say goodbye to your rank {emo_laugh}",
            "I'll kill you in the next round {buddy}, no mercy this time {emo_laugh}",
            "{name} plays {gm} like my grandma with one hand {emo_laugh} love you though",
            "Squad rule for {time}: whoever dies first buys {food} for everyone {emo_laugh}",
            "We'll destroy you on Sunday, {club} fans, get your tissues ready {emo_laugh}",
        ],
        "mixed": [
            "{name} tonight ខ្ញុំមករកឯងក្នុង {gm} bye bye rank {emo_laugh}",
            "Next round ខ្ញុំ kill ឯងមុនគេ {buddy} no mercy {emo_laugh}",
            "Squad rule៖ អ្នកណា die មុនគេ ទិញ{food}ឲ្យគ្រប់គ្នា {emo_laugh}",
            "Sunday នេះ fans {club} ត្រៀម tissue ទៅ we'll destroy you {emo_laugh}",
        ],
        "km-latn": [
            "{name} yub nis knhom mok rok eng knong {gm}, lea hz rank eng {emo_laugh}",
            "jum kroy knhom somlab eng mun ke {buddy}, lerk nis ot anet te {emo_laugh}",
            "{name} leng {gm} dauch yeay knhom leng dai mkhang {emo_laugh}",
            "chbab squad: neak na ngab mun ke tinh {food} oy krup knea {emo_laugh}",
            "thngai atit nis yeung kom tech fan {club} hz, triem kradas chut tek phnek tov {emo_laugh}",
        ],
    },
)

_TP_NEWS_COURT = Theme(
    key="wa-tp-news-court",
    neg_kind="news_report",
    stratum=_STRATUM,
    slots={
        "crime": {
            "km": ["គំរាមអ្នកកាសែតតាមអនឡាញ", "ប្រកាសសារស្អប់ប្រឆាំងអ្នកភូមិចាម", "ល្បួងក្មេងស្រីអាយុ ១៣ ឆ្នាំតាមហ្គេមទូរស័ព្ទ", "ចែករំលែករូបឯកជនរបស់អតីតសង្សារ", "គំរាមដុតហាងអ្នកជិតខាង", "ផ្ដល់លុយឲ្យអនីតិជនដើម្បីដូរនឹងរូបថត", "គ្រប់គ្រងផេកប្រមាថអ្នករស់នៅជនជាតិវៀតណាម", "ផ្ញើសារគំរាមសម្លាប់ទៅមេសហជីព"],
            "en": ["threatening a journalist online", "posting hate messages against Cham villagers", "grooming a 13-year-old girl through a mobile game", "sharing a former partner's private photos", "threatening to burn down a neighbour's shop", "offering money to a minor in exchange for photos", "running a page that insulted Vietnamese residents", "sending death threats to a union leader"],
            "lt": ["komream neak kaset online", "post sar sa'op leu neak phum cham", "lbuong kmeng srey 13 chnam tam game", "share roup private songsa chas", "komream dot hang neak jit khang", "oy luy kmeng dor nirng roup", "bort page chher neak vietnam", "pheu sar komream somlab me sahachip"],
        },
        "yrs": {
            "km": ["២ ឆ្នាំ", "១៨ ខែ", "៥ ឆ្នាំ", "៣ ឆ្នាំ", "១០ ឆ្នាំ", "១ ឆ្នាំ"],
            "en": ["two years", "18 months", "five years", "three years", "ten years", "one year"],
            "lt": ["2 chnam", "18 khae", "5 chnam", "3 chnam", "10 chnam", "1 chnam"],
        },
    },
    templates={
        "km": [
            "តុលាការនៅ{province} កាត់ទោសបុរសម្នាក់ដាក់ពន្ធនាគារ {yrs} ពីបទ{crime}។",
            "ប៉ូលិស{province} ឃាត់ខ្លួនជនសង្ស័យម្នាក់ ដែលត្រូវចោទថា{crime} នេះបើតាមមន្ត្រីកាលពីថ្ងៃអង្គារ។",
            "{province}៖ សវនាការក្ដីពីបទ{crime} បានបើកឡើងសប្ដាហ៍នេះ។ សាលក្រមនឹងប្រកាសខែក្រោយ។",
            "ព័ត៌មានតុលាការ។ បទចោទ៖ {crime}។ ទោស៖ {yrs}។ គ្រួសារជនរងគ្រោះស្វាគមន៍សាលក្រមនេះ។",
        ],
        "en": [
            "A court in {province} sentenced a man to {yrs} in prison for {crime}.",
            "Police in {province} detained a suspect accused of {crime}, officials said on Tuesday.",
            "{province}: a trial opened this week in a case of {crime}. The verdict is due next month.",
            "Court report. Charge: {crime}. Sentence: {yrs}. The victim's family welcomed the verdict.",
        ],
        "mixed": [
            "Court នៅ{province} កាត់ទោសបុរសម្នាក់ {yrs} ពីបទ{crime}",
            "Police {province} ឃាត់ suspect ម្នាក់ ចោទពីបទ{crime}",
            "Trial ពីបទ{crime} បើកនៅ{province} សប្ដាហ៍នេះ verdict ខែក្រោយ",
            "Court report៖ {crime} → ទោស {yrs}",
        ],
        "km-latn": [
            "tolakar nov {province} kat tos boros mnak {yrs} pi bot {crime}",
            "police {province} khat kluon chun songsay mnak trov chot pi bot {crime}",
            "{province}: sovanakar pi bot {crime} bok saptah nis, salakrom khae kroy",
            "pormean tolakar: bot {crime}, tos {yrs}, krusa chun rong kroh sabay chet",
        ],
    },
)

THEMES: list[Theme] = [
    _HATE_VIET,
    _HATE_CHINESE,
    _HATE_CHAM,
    _HATE_LGBT,
    _HATE_OTHER,
    _HATE_THREAT,
    _CHILD_GROOMING,
    _CHILD_OFFER,
    _CHILD_LURE,
    _THREAT,
    _THREAT_HARASS,
    _HARASS,
    _COMMERCE,
    _SCHOOL_FAMILY,
    _COMMUNITY,
    _AWARE_CHILD,
    _AWARE_HATE,
    _BANTER_FRIENDS,
    _BANTER_SPORT,
    _NEWS_ABUSE,
    _NEWS_CHILD,
    _POLITICS,
    _COMPLAINT,
    _TP_HATE_THEY,
    _TP_THREAT_VEILED,
    _TP_CHILD_GIFT,
    _TP_HARASS_PILE,
    _TP_COMMERCE,
    _TP_AWARE_SIGNS,
    _TP_BANTER_GAME,
    _TP_NEWS_COURT,
]

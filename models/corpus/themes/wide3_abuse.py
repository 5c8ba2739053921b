# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Harassment, hate and threats against the posts the model wrongly flags as abuse (stratum "wide3").

Positives: insults and degradation aimed at one person (body, skin, disability), threats to expose
photos or secrets, pile-ons and stalking; attacks on groups (dehumanising, "send them back",
blaming a group for crime or disease, coded slurs); credible threats to a person, their family,
shop or house, some polite in tone and some hidden behind laughing emoji.
Hard negatives: friends' banter with rough slang and joking "I'll kill you", sport trash talk,
counter-speech and awareness posts that quote slurs or threats to condemn them, news of attacks,
court cases and hate crimes, angry customer and neighbour complaints, and neutral or warm posts
about Vietnamese, Chinese, Cham/Muslim and LGBT communities, festivals, films and boxing.
All people, shops and organisations are invented; officials appear only by role."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide3"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives: harassment
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-harass-person",
        abuse=("harassment",),
        km=[
            "មើលមុខនាងស្រីពៅក្នុងរូបនេះមើល៍ ខ្មៅដូចធ្យូង ហើយនៅហ៊ានថតរូបខ្លួនឯងប៉ុស្តិ៍រាល់ថ្ងៃទៀត 🤣 មិនខ្មាសគេទេឬ?",
            "អាវណ្ណៈ ជើងខ្វិនហ្នឹង ដើរទៀកៗដូចទាក្រឡាប់ ម៉េចក៏ហ៊ានមកចែចង់ស្រីគេ? ទៅមើលខ្លួនឯងក្នុងកញ្ចក់សិនទៅ។",
            "ស្រីធាត់ដូចជ្រូកញី ញ៉ាំតែម្នាក់ឯងអស់មួយឆ្នាំង ម្ល៉ោះហើយគ្មានប្រុសណាយក។ ចែករំលែកឲ្យគេសើចលេងបន្តិចមក 😂",
            "សុភា ចាំមើល! បើឯងមិនផ្ទេរលុយ៣០០ដុល្លារមកខ្ញុំត្រឹមល្ងាចនេះទេ រូបដែលឯងផ្ញើមកខ្ញុំកាលនៅស្រលាញ់គ្នា នឹងនៅលើគ្រប់ក្រុមក្នុងភូមិ។",
            "បងប្អូនអើយ ជួយគ្នាចូលទៅជេរនាងនេះនៅក្រោមរូបថតរបស់វាផង ឲ្យវាបិទគណនីចោលទៅ។ ស្រីចិត្តខ្មៅបែបនេះ មិនគួរមានកន្លែងនៅលើបណ្ដាញសង្គមទេ។",
            "បងដឹងថាអូនចូលរៀនម៉ោង៧ ចេញម៉ោង១១ ហើយញ៉ាំបាយនៅហាងមុខសាលាជាមួយមិត្តស្រីពីរនាក់។ ហេតុអីមិនឆ្លើយសារបង? បងនឹងចាំរហូតដល់អូនឆ្លើយ។",
            "អាម៉េងនិយាយរអាក់រអួលដូចម៉ាស៊ីនខូច ហ..ហ..ហ្នឹង 🤣 ឲ្យវាអានមុខថ្នាក់ម្ដងទៀតមើល៍ អាល្ងង់។ ថតវីដេអូទុកហើយ។",
            "ប្រពន្ធអាសំណាងនោះ ស្លៀកពាក់ដូចអ្នករើសអេតចាយ។ មនុស្សអន់បែបនោះ មិនគួរមកអង្គុយតុជាមួយពួកយើងក្នុងពិធីការទេ ខ្មាសគេ។",
        ],
        en=[
            "@Dara_Sok you look like a boiled potato wearing a wig lol. no wonder your ex left. delete your account, nobody wants to see that face",
            "I still have screenshots of everything you told me about your dad, Chanthou. Keep ignoring me and the whole class group chat gets them tonight.",
            "Everyone go to this girl's page and tell her what a cheap fake liar she is. Link in comments. Let's see how long before she cries 😂",
            "lol the deaf kid in our dorm tried to sing at the party, sounded like a dying goat. recorded it, posting it with subtitles so everyone can laugh",
            "I check your profile every night, Sreyleak. I know you changed your cover photo at 2am and I know who liked it. Block me again and I'll just make another account.",
        ],
        mixed=[
            "អានេះ dark ខ្លាំងពេក ដូចកូនស្វា 🐒 ឈរក្បែរមិត្តវាងងឹតទាំងរូប haha tag វាមកមើល",
            "Screenshot chat អូនទាំងអស់នៅក្នុងទូរស័ព្ទបង។ Block បងម្ដងទៀតមើល៍ ម៉ាក់អូនឃើញទាំងអស់នៅថ្ងៃស្អែក។",
            "នាងពិសី post រូបថ្មីទៀតហើយ 🤮 filter ប៉ុន្មានក៏នៅតែអាក្រក់ ធាត់ដូចធុងទឹក។ Share ឲ្យគេ roast ទៅ",
        ],
        latn=[
            "a kvak nis deu bok chol ke reouy, mer min khernh phlov ng mok tver ey nov pithi ke? chhkae kvak, tov nov phteah tov",
            "srey nis khmao dauch tngai chhes, ot mean bros na chong yok te 🤣 share oy ke sarch leng mouy plet",
            "Bopha, bae oun ot chlery sar bong te, bong post rub oun teang os nov group phum. Oun deng hz tha rub na.",
            "knhom deng tha own chenh pi phteah mong 6 prik, chhlong spean tov sala. bong cham nov muk sala reang ral thngai. hetey own ot chong niyay?",
            "a tuan nis si dauch chrouk, nhum tae mnak eng os mouy chhnang bay. tag vea mok oy ke mer muk vea",
            "knea teang os chuy chol tov comment jer srey nis oy penh post vea, oy vea bet FB chol tov. srey chit khmao baeb nis ot kuor nov FB te",
        ],
    )
)

THEMES.append(
    _posts(
        "w3a-harass-expose",
        abuse=("harassment",),
        km=[
            "ភារម្យ ធ្មេញធំដូចធ្មេញសេះ ម្ដងណាសើចបិទមាត់ផង កុំឲ្យក្មេងៗខ្លាចយប់ដេកមិនលក់ 😆",
            "ខ្ញុំដឹងរឿងសម្ងាត់ឯងទាំងអស់ ដារ៉ា។ បើឯងមិនព្រមលាឈប់ពីក្រុមការងារនេះទេ ខ្ញុំនឹងប្រាប់អ្នកគ្រប់គ្នាថាឯងធ្លាប់ជាប់គុក។",
            "ប្រុសអីអានេះ ដើរកាច់ចង្កេះដូចស្រី។ ខ្ញុំនឹងប្រាប់ឪពុកវាឲ្យដឹងថាកូនប្រុសគាត់ជាខ្ទើយ 🤭 ចាំមើលទៅ។",
            "ឃើញអាពិការរុញកៅអីចូលហាងកាហ្វេយើងទៀតហើយ។ អង្គុយកាន់កន្លែងគេពេញមួយព្រឹក មុខមិនចង់មើល។ ថតទុកហើយ នឹងប៉ុស្តិ៍ឲ្យគេមើលថាវាគួរឲ្យខ្ពើមប៉ុណ្ណា។",
            "មកៗ ទាំងអស់គ្នា! ស្រីលក់អនឡាញឈ្មោះស្រីនិច ហ៊ានតបខ្ញុំ។ ចូលទៅជេរវានៅគ្រប់វីដេអូ ឲ្យវាលែងហ៊ានបើកផ្សាយផ្ទាល់។",
            "មីខ្មៅនេះហ៊ានប្រឡងបវរកញ្ញាខេត្តទៀត 😂 ស្បែកដូចបាតខ្ទះ ឈរលើឆាកបិទភ្លើងអស់ គេមើលឃើញតែធ្មេញ។",
            "គ្រូគណិតថ្នាក់ទី៩ ធាត់ដូចធុងសាំង ហើយមាត់ធុំស្អុយ។ ថតរូបពេលគាត់ដេកលក់ក្នុងថ្នាក់ទុកហើយ ចាំប៉ុស្តិ៍យប់នេះឲ្យសិស្សទាំងសាលាមើល។",
            "ហេតុអីអូនប្ដូរលេខទូរស័ព្ទ? បងរកឃើញលេខថ្មីហើយ។ អូនរត់មិនរួចពីបងទេ។ បើអូនមិនចេញមកជួបបង បងនឹងផ្ញើសារទៅម៉ាក់អូនរាល់ថ្ងៃ។",
        ],
        en=[
            "imagine being 30, fat, jobless and still posting gym selfies 😭 @Vicheka_K bro who are you fooling",
            "Found out Rotha's 'rich boyfriend' is a married guy. Dropping the receipts under her birthday post so her whole family sees. Stay tuned.",
            "this girl with the lazy eye keeps commenting on my page. which eye am i supposed to look at when i reply lmaooo",
            "Your accent is disgusting, Kosal, you sound like a village buffalo. Stop speaking English in meetings, everyone laughs at you behind your back.",
            "Made a page for our class 'ugliest girl' contest. First post is Nary's school ID photo. Vote in the comments 🗳️",
            "I'll tell everyone at church that you're gay, Pich. Unless the $200 you owe me is in my account by Friday. Your mum would love that news.",
        ],
        mixed=[
            "អានេះ voice ដូចក្មេងស្រី 🤣 gay confirmed. Tag ម្ដាយវាមក ឲ្យគាត់ដឹងថាកូនគាត់ជាអ្វី",
            "Live មើលមុខស្រីនេះ ពេញដោយមុន ដូចផ្លែក្រូចរលួយ 🤢 សុំអ្នកណាទិញ filter ឲ្យវាមួយផង",
            "បងនៅមាន video អូនស្រវឹងនៅ party ឆ្នាំមុន។ Unfriend បងម្ដងទៀត បង upload ដាក់ page សាលាភ្លាម។",
            "Guys ចូលទៅ profile នាងនេះ ហើយ spam comment 'ស្រីថោក' ឲ្យពេញ 😈 វាហ៊ាន block ខ្ញុំ",
        ],
        latn=[
            "a kombot nis deu ot trong, cheung veng mouy klei mouy. hean mok rom nov pithi ke tiet, khmas ke nas",
            "Sokha, knhom nov mean rub oun pel oun srovung nov ktom. Bae oun ot chlery tel, knhom bos tov page sala saek",
            "srey nis khmao dauch kdar khnang, muk pen tae mun. nov mean chet mok live tiet 🤣 ke ot mer te oun",
            "own pdo lek tel hz, bong nov tae rok kernh. Bong deng own snak nov na, tver kar na. own rot ot ruch te",
            "knea teang os chuy tov report nung jer TikTok a Vannak, vea hean niyay dak bong. Comment 'chhkae' oy penh video vea",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: hate
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-hate-viet-chinese",
        abuse=("hate",),
        km=[
            "ពួកយួនចូលមកលក់ដូរនៅផ្សារភ្លាម ផ្សារក៏មានចោរ មានគ្រឿងញៀនភ្លាម។ ចោរកម្មគ្រប់កន្លែងសុទ្ធតែដៃពួកវា។ បណ្ដេញឲ្យអស់!",
            "ជំងឺកូវីដមកពីណា? មកពីពួកចិនស៊ីប្រចៀវ។ ឥឡូវពួកវាមកពេញខេត្តយើងទៀត ចាំមើលជំងឺថ្មីទៀតចុះ។ កុំឲ្យវាចូលភូមិ។",
            "ពួក \"បងប្អូនខាងកើត\" ហ្នឹងហើយ 🐍 ចូលមកគ្មានលិខិតឆ្លងដែន យកដីយើង យកស្រីយើង។ ដល់ពេលបញ្ជូនត្រឡប់ទៅវិញហើយ។",
            "ចិនម្នាក់ ស្មើឧក្រិដ្ឋជនម្នាក់។ ឃើញពួកវាដើរតាមផ្លូវ ត្រូវតែគេចឲ្យឆ្ងាយ ហើយហៅប៉ូលិសភ្លាម។",
            "កុំទិញសាច់នៅតូបយួន ពួកវាលាយថ្នាំពុល ចង់សម្លាប់ខ្មែរយើងបន្តិចម្ដងៗ។ ពួកនេះមិនមែនមនុស្សទេ ជាសត្វល្អិតបំផ្លាញ។",
            "កាសែតថាជាក្រុមឆបោកអនឡាញ។ ខ្ញុំថា ចិនទាំងអស់។ មិនបាច់ស៊ើបអង្កេតអីទេ ចាប់បញ្ជូនទៅវិញទាំងស្រុងទៅ។",
            "ក្មេងយួនកើតនៅស្រុកយើងក៏មិនមែនខ្មែរដែរ។ កុំឲ្យវាចូលរៀនសាលារដ្ឋ កុំឲ្យវាមានអត្តសញ្ញាណប័ណ្ណ។ ឲ្យវាដឹងខ្លួនថាជាភ្ញៀវ។",
        ],
        en=[
            "every time a y*on family moves into a street, the thefts start. not racist, just facts. send them back down the river they came from",
            "Chinese brought covid, Chinese brought the casinos, Chinese brought the kidnappers. What more do we need to see before we kick them all out?",
            "They multiply like cockroaches in those floating villages. Nobody counts them, nobody taxes them. Clear the lake, every last boat.",
            "If you rent your condo to Chinese you're part of the problem. They all run scam compounds, every single one of them. Landlords, do better.",
            "Doesn't matter how many generations the Vietnamese have lived here. Blood is blood. They will never be ours and they should never get papers.",
        ],
        mixed=[
            "ពួក 🇻🇳 ចូលមកដូចស្រមោច ✋ STOP! share ឲ្យខ្មែរគ្រប់គ្នាដឹង #ខ្មែរសម្រាប់ខ្មែរ",
            "Covid, scam, casino, ចាប់ជំរិត... សុទ្ធតែចិន។ Deport ពួកវាទាំងអស់ no exceptions 😤",
            "ហាង bubble tea ថ្មីនោះម្ចាស់ជាយួន ✋ ហាមទិញ! លុយខ្មែរកុំឲ្យហូរទៅពួកសត្វល្អិតនេះ",
        ],
        latn=[
            "pouk chen nam tae rok mok, covid ka vea, chor plon ka vea. bondenh chenh teang os ot bach chamm",
            "y.u.o.n chol mok ral thngai dauch sromoch 🐜 yok dei yeung, yok srey yeung. dol pel bonhchun vea tov vinh hz",
            "kmeng yuon kert nov srok khmer ka min men khmer dae. kom oy vea chol rean sala rath, kom oy vea mean ID card khmer",
            "chen mouy = chor mouy. khernh vea deu tam phlov trov tae keich oy chhngay, hz hao polis plam",
            "kom tinh sach nov tob yuon, pouk vea leay thnam pul chong somlab khmer yeung bontech mdong. pouk nis ot men monus te",
        ],
    )
)

THEMES.append(
    _posts(
        "w3a-hate-cham-lgbt",
        abuse=("hate",),
        km=[
            "ពួកចាមបើកហាងនៅភូមិណា ភូមិនោះនឹងក្លាយជាភូមិពួកវា។ ពួកនេះបង្កើតកូនច្រើន ដើម្បីដណ្ដើមស្រុកយើង។ កុំលក់ដីឲ្យ!",
            "ខ្ទើយ គឺជាជំងឺ មិនមែនជាសិទ្ធិទេ។ ពួកវាគួរតែត្រូវចាប់ទៅព្យាបាល ឬបណ្ដេញចេញពីភូមិ កុំឲ្យឆ្លងដល់កូនយើង។",
            "កុំឲ្យកូនទៅលេងជាមួយក្មេងភូមិឥស្លាម។ ពួកនោះមិនស្អាត ហើយគ្រប់គ្នាដឹងហើយថាជាគ្រាប់បែកពេលវេលា។",
            "ព្នងនៅតែជាព្នង។ ឲ្យរៀនដល់សាកលវិទ្យាល័យ ក៏ខួរក្បាលនៅតែព្រៃ។ កុំជ្រើសរើសពួកវាចូលធ្វើការ។",
            "ជំងឺអេដស៍រាលដាលដោយសារតែពួកខ្ទើយ។ បើគ្មានពួកវាទេ សង្គមយើងស្អាតជាងនេះឆ្ងាយណាស់។",
            "ស្រុកខ្មែរ ជាស្រុកព្រះពុទ្ធសាសនា។ ពួកមួកសនិងវិហាររបស់វា គ្មានកន្លែងនៅលើទឹកដីនេះទេ។ ត្រឡប់ទៅអារ៉ាប់វិញទៅ។",
            "ក្បួនដង្ហែមោទនភាពអីគេ? ដូចដង្ហែមនុស្សឆ្កួត។ ពួកនេះគួរលាក់ខ្លួននៅក្នុងផ្ទះ មិនគួរដើរបង្ហាញមុខកណ្ដាលក្រុងទេ។",
        ],
        en=[
            "Cham villages = no-go zones. They stick together, they hate Buddhists and they're just waiting for their numbers to grow. Don't sell them another inch.",
            "Gay people shouldn't be teachers. Period. They recruit kids. Schools need to find them and fire them before it spreads.",
            "The 'white caps' are quietly buying every plot along the river. Wake up before our grandkids are strangers in their own country 🕌❌",
            "Africans in BKK1 = drugs. Every single one. Police should just round them up and put them on the next plane out.",
            "trans people are mentally ill freaks and pretending otherwise is how you ruin a nation. keep them out of our schools, our toilets, our country",
        ],
        mixed=[
            "ពួក LGBT នេះជា virus របស់សង្គម 🦠 ត្រូវ clean ចេញពីប្រទេសខ្មែរ #ការពារគ្រួសារខ្មែរ",
            "Halal food ចូលមកពេញផ្សារ ពួក Muslim ចង់ប្ដូរស្រុកយើងទៅជាប្រទេសគេ 😡 boycott ទាំងអស់",
            "ព្នងពីរនាក់ក្នុង office ខ្ញុំ 🙄 ស្លៀកពាក់ដូចព្រៃ និយាយដូចព្រៃ។ HR ជ្រើសមនុស្សប្រភេទនេះមកធ្វើអី? ពួកវាគួរនៅលើភ្នំ",
        ],
        latn=[
            "pouk cham nov phum na, phum nung klay jea phum pouk vea. vea bongkert kon chroen dembey dandoem srok yeung. kom luok dei oy",
            "khteuy jea chumngeu, ot men jea setthi te. kuor chab tov pyeabal rii bondenh chenh pi phum kom oy chhlong dol kon yeung",
            "kom oy kon tov leng jea mouy kmeng islam, pouk nung min saat te, hz ke deng teang os tha vea jea bomb",
            "pnong nov tae pnong, rean dol sakolvityealai ka khuor kbal nov prey. kom chreus vea chol tver kar",
            "AIDS rik ral dosar tae pouk khteuy. Bae ot mean pouk vea, sangkum yeung saat jeang nis chhngay nas",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: threat
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-threat-direct",
        abuse=("threat",),
        km=[
            "ចាំឯងនៅមុខសាលាម៉ោង៥ល្ងាចនេះ។ ខ្ញុំនាំគ្នាប្រាំនាក់ មានកាំបិតមកជាមួយ។ ហ៊ានចេញពីសាលាមកមើល៍។",
            "ហាងទូរស័ព្ទរបស់ឯងនៅផ្សារថ្មីមែនទេ? យប់ណាមួយនឹងមានសាំងមួយដប និងឈើគូសមួយដើម។ ចាំមើលថាអ្នកណាជួយឯងបាន។",
            "ខ្ញុំដឹងថាឯងនៅផ្ទះលេខ៤៧ ផ្លូវលំក្រោយវត្ត។ ខ្ញុំក៏ដឹងដែរថាកូនឯងរៀនថ្នាក់ទី៣ សាលាណា។ សងលុយមក មុនពេលមានរឿងកើតឡើង។",
            "នាងស្រីនុចដណ្ដើមប្ដីខ្ញុំ។ ទឹកអាស៊ីតមួយដបត្រៀមរួចហើយ។ មុខស្អាតនោះ នឹងលែងស្អាតតទៅទៀតហើយ។",
            "ម្ចាស់ផ្ទះជួលអើយ បើបិទទឹកបិទភ្លើងម្ដងទៀត ខ្ញុំដុតផ្ទះឯងចោលទាំងមូល។ ខ្ញុំលែងមានអ្វីត្រូវបាត់បង់ហើយ។",
            "អាបូរ៉ា ឯងប្ដឹងខ្ញុំទៅប៉ូលិសមែនទេ? ល្អណាស់។ ថ្ងៃខ្ញុំចេញពីគុកមក រឿងដំបូងគឺទៅរកឯង និងម្ដាយឯង។",
            "ប្រយ័ត្នពេលជិះម៉ូតូទៅផ្ទះយប់ៗណា ផ្លូវកាត់វាលស្រែនោះងងឹតណាស់។ បើជើងឯងបាក់ទាំងពីរ កុំថាខ្ញុំមិនបានប្រាប់។",
        ],
        en=[
            "You reported my brother's shop to the tax office. I know where you live, Sophal. Green gate, blue motorbike. See you soon.",
            "bring your friends if you want, i'm bringing a machete. after school, behind the canteen. don't run this time",
            "Kick me out of the group again and your stall at the market burns. Not joking, ask around what happened last time.",
            "Your wife walks your daughter to kindergarten at 7:15 every morning. Pay what you owe by Sunday or one morning she won't make it home.",
            "I have nothing left to lose. If the court gives you the house, I will burn it down with everyone inside. Tell your lawyer that.",
        ],
        mixed=[
            "Location ផ្ទះឯងខ្ញុំមានហើយ 📍 ចាំតែយប់នេះ ខ្ញុំនិងក្មេងៗមករកឯងជាមួយដាវ។",
            "Review 1 star ហាងខ្ញុំទៀតមើល៍ ខ្ញុំចាក់ទឹកអាស៊ីតដាក់ឡានឯងសិន ហើយបន្ទាប់មកដាក់មុខឯង។",
            "ថ្ងៃសុក្រ after class ចាំនៅចំណតឡាន។ អាណាហ៊ានជួយវា វាយចោលទាំងអស់ 🔪",
        ],
        latn=[
            "cham eng nov muk sala mong 5 lngach nis. knhom nam knea pram nak, mean kambet mok jea mouy. hean chenh mok mer",
            "knhom deng phteah eng nov na hz, phteah lek 12 kraoy vat. deng tha kon eng rean sala na dae. song luy mok mun pel mean rerng",
            "hang eng nov psar thmei men te? yup na mouy nung mean sang mouy dorb nung chheu kus mouy. cham mer tov",
            "srey nis dandoem pdey knhom. tuk asit mouy dorb triem ruoch hz. muk saat nung lerng saat tov tiet hz",
            "a Bora eng pdeng knhom tov polis men? la'or nas. thngai knhom chenh pi kuk, rerng dombong ku tov rok eng nung mdai eng",
        ],
    )
)

THEMES.append(
    _posts(
        "w3a-threat-polite-emoji",
        abuse=("threat",),
        km=[
            "ជម្រាបសួរ លោកគ្រូ។ ខ្ញុំគ្រាន់តែចង់ជម្រាបថា បើកូនខ្ញុំធ្លាក់ប្រឡងឆ្នាំនេះម្ដងទៀត ខ្ញុំនឹងទៅរកលោកគ្រូដល់ផ្ទះ ហើយលោកគ្រូនឹងលែងឈរបង្រៀនបានទៀតហើយ។ សូមអរគុណ។",
            "សួស្ដីបង ញ៉ាំបាយហើយនៅ? 🙂 ខ្ញុំសួរធម្មតាទេ។ ផ្ទះបងក្បែរស្ពាននោះ ជញ្ជាំងឈើមែនទេ? ឆេះងាយណាស់ណាបង។ គិតឲ្យល្អមុននឹងប្ដឹងខ្ញុំ។",
            "ខ្ញុំមិនខឹងទេ។ ខ្ញុំគ្រាន់តែរង់ចាំ។ ថ្ងៃណាមួយឯងនឹងដើរម្នាក់ឯង ហើយថ្ងៃនោះនឹងជាថ្ងៃចុងក្រោយរបស់ឯង។ សូមរីករាយនឹងពេលដែលនៅសល់។",
            "😂😂 ចាក់កាំបិតតែម្ដងទេ លេងសើចទេៗ 😂 ប៉ុន្តែយប់នេះខ្ញុំនឹងចាំឯងនៅមុខហាងឯង មិនបាច់លាក់ខ្លួនទេ។",
            "អរគុណពូដែលទៅប្ដឹងឃុំរឿងសំឡេងបាសហាងខ្ញុំណា 🥰 ពូមានចៅតូចៗពីរនាក់មែនទេ? ប្រយ័ត្នពេលវាលេងក្បែរផ្លូវផងណាពូ 😉",
            "អ្នកនាង សូមអភ័យទោសចំពោះការរំខាន។ ខ្ញុំសូមណែនាំឲ្យអ្នកនាងដកពាក្យបណ្ដឹងវិញនៅថ្ងៃនេះ។ បើមិនដូច្នោះទេ គ្រួសារអ្នកនាងនឹងជួបគ្រោះថ្នាក់ ដែលខ្ញុំពិតជាមិនចង់ឃើញទេ។",
            "ហាហា 🤣 កុំខ្លាច ខ្ញុំមិនសម្លាប់ឯងទេ គ្រាន់តែកាត់ម្រាមដៃឯងម្ដងមួយៗ បើមិនសងលុយ 🤣🔪 ល្ងាចនេះមកជួបណា។",
        ],
        en=[
            "Good evening Mr. Heng. Just a friendly reminder that I know which school your son attends and what time he walks home. I'm sure you'll withdraw the complaint. Kind regards.",
            "haha relax bro 😂😂 i'm not gonna kill you... just break both your knees 😂 see you saturday at the field, come alone",
            "No hard feelings, sis. I just think your shop looks very flammable 🙂 Would be a shame. Maybe take that review down tonight.",
            "Please understand, this is not a threat, it is a promise. Publish that article and your family will be visiting you in hospital. Thank you for your time.",
            "lol you're so brave online 😆 let's see how brave you are when i'm outside your dorm at 11pm with my boys. room 304 right? 😘",
        ],
        mixed=[
            "Just kidding ទេ 🤪🤪 ប៉ុន្តែបើឯងនៅតែ comment ទៀត ខ្ញុំដឹងផ្ទះឯងនៅទួលគោក ផ្លូវ 315 ផ្ទះពណ៌លឿង 😘🔪",
            "សុំទោសបង 🙏 ខ្ញុំមិនចង់ធ្វើបាបនរណាទេ ប៉ុន្តែបើ deposit មិនចូលដល់ថ្ងៃច័ន្ទ កូនស្រីបងនឹងមិនបានទៅសាលាវិញទេ។ Have a nice day.",
            "😂😂 ប្រយ័ត្នផង ពេលយប់ឡានឯងនៅលើផ្លូវ hit and run ច្រើនណាស់ 😂 ខ្ញុំប្រាប់តែម្ដងនេះទេ ដកប៉ុស្តិ៍នោះចេញ",
        ],
        latn=[
            "som tos bong 🙏 knhom ot chong tver bab nak na te, tae bae bong ot dork peak pdeng vinh thngai nis, phteah bong mean rerng hz",
            "haha 🤣 kom klach, knhom ot somlab eng te, kroan tae kat mreamdai eng mouy mouy bae ot song luy 🤣🔪 lngach nis mok juob",
            "oun saat nas 🥰 bong deng tha oun nov bontub lek 8 kraoy psar. bae oun block bong tiet, bong nung mok dol bontub oun yup nis",
            "leng sarch te 😂😂 tae bae eng post rerng knhom tiet, kon eng deu tov sala mnak eng ral prik men te? prayat na 😉",
            "chumreap suor lok. knhom kroan tae chong prab tha bae lok ot dork ottbot nung chenh, hang lok nung chheh yup na mouy. orkun",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: banter
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-banter-friends",
        neg_kind="banter",
        km=[
            "អាឆ្កួតហ្នឹង ខួបកំណើតហើយមិនប្រាប់គ្នា! យប់នេះមកផ្ទះខ្ញុំ បើមិនមកខ្ញុំសម្លាប់ចោល 😂 ម៉ែខ្ញុំស្ងោរសម្លម្ជូរចាំទាំងអស់គ្នាហើយ។",
            "មកលេងបៀផ្ទះខ្ញុំយប់នេះ បើមិនមក ខ្ញុំនឹងឈ្នះឯងអស់លុយពីហោប៉ៅពេលក្រោយ 🃏😆 យកនំមកផង អាខ្ជិល។",
            "អាធាត់របស់ខ្ញុំ 🥰 ស្រលាញ់ឯងណាស់ ទោះឯងស៊ីច្រើនដូចជ្រូកក៏ដោយ។ រីករាយថ្ងៃកំណើតមិត្តល្អជាងគេ!",
            "ប៉ុស្តិ៍រូបខ្ញុំដេកហាមាត់ម្ដងទៀតមើល៍ ខ្ញុំកាប់ឯងចោល 🤣🤣 អាមិត្តក្បត់! តែរូបនេះ... ខ្ញុំមើលហើយក៏សើចខ្លួនឯងដែរ។",
            "ឆ្កែអើយ ឯងភ្លេចយកឆ័ត្រខ្ញុំមកឲ្យវិញទៀតហើយ 😤 ស្អែកខ្ញុំទៅយកដល់ផ្ទះ ហើយស៊ីបាយផ្ទះឯងតែម្ដង ម្ដាយឯងធ្វើម្ហូបឆ្ងាញ់ជាងម្ដាយខ្ញុំ។",
            "ឯងល្ងង់ដូចគោមែន តែខ្ញុំគ្មានមិត្តណាល្អជាងឯងទេ 😂 ១០ឆ្នាំហើយ នៅតែមកអង្គុយស្ដាប់ខ្ញុំយំរឿងស្រី។",
            "ប្អូនស្រីខ្ញុំលួចស៊ីនំខេកដែលខ្ញុំទុកក្នុងទូទឹកកក។ ចាំវាមកផ្ទះវិញ ខ្ញុំនឹងសម្លាប់វា 😭😭 (ហើយក្រោយមកទិញថ្មីឲ្យវាដដែល)",
            "អាខ្មៅ អាស្គម អាក្បាលទំពែក 😂 ហៅគ្នាបែបនេះ ២០ឆ្នាំហើយ តាំងពីថ្នាក់ទី១ដល់ឥឡូវ។ មិត្តភាពយើងមិនចេះចាស់ទេ ❤️",
            "បើឯងរៀបការមុនខ្ញុំ ខ្ញុំនឹងឡើងជេរឯងលើឆាកជាមួយមីក្រូ 🎤🤣 ចាំមើល ខ្ញុំជាកូនកំលោះរងណា អាប្រុសចាស់។",
            "មីឆ្កួតរបស់ខ្ញុំ ចេញពីមន្ទីរពេទ្យហើយ 🥹 នឹងគោះក្បាលវាម្ដង ដែលធ្វើឲ្យខ្ញុំបារម្ភរហូត។ ជាសះស្បើយឆាប់ៗណាស្រី។",
        ],
        en=[
            "if you don't show up to karaoke tonight i'm actually going to murder you and hide the body under the pool table 🎤😂 9pm, don't be late, loser",
            "my best friend is an ugly gremlin who ate my last mango and i would still take a bullet for her. happy birthday you absolute goblin 💛",
            "Cards at my place Saturday. Come over or I'll beat you anyway, by default 😂 bring the snacks, you cheap bastard.",
            "bro you look like a wet cat in this photo 💀 saving it for your wedding slideshow. love you man",
            "Told my brother I'd kill him if he spoiled the last episode. He spoiled it. He's only alive because mum made num banh chok for everyone.",
            "Sokha you idiot you left your phone in my car AGAIN. holding it hostage until you buy me an iced coffee ☕️😤",
            "@Vanny_ shut up dummy, you cried at the same movie 😭 see you at the reunion, save me the seat next to you",
            "the group chat after I announced the engagement: 'who would marry that potato' 'rip to the bride' 'we're coming obviously' ❤️ love these clowns",
        ],
        mixed=[
            "អាឆ្កែ ឯង tag ខ្ញុំក្នុង meme ហ្នឹងមែន? 😂😂 I will end you. តែ meme ហ្នឹង funny ពិតមែន share បន្តទៅ",
            "Weekend នេះ trip ទៅកែបទេ? អាណាមិនទៅ ខ្ញុំ kick ចេញពី group 🤣 ស្រលាញ់គ្នា ទើបបង្ខំ",
            "ខួបកំណើតមីឆ្កួត bestie ខ្ញុំ 🎂 ឯងរំខានបំផុតលើលោក ប៉ុន្តែ life ខ្ញុំគ្មានឯងមិនបានទេ 💕",
            "Game night ផ្ទះអាបូរ៉ា! អាខ្ជិលណាមិនមក ត្រូវទោសលាងចានមួយខែ 😆🍜",
        ],
        latn=[
            "a chhkae eng ot mok leng bie yup nis men? mok leuy, ot mok knhom chneah eng os luy 🃏😂 yok num mok phong",
            "a tuan robos knhom 🥰 srolanh eng nas teang eng si chroen dauch chrouk. happy birthday mit la'or jeang ke",
            "post rub knhom pel dek hamoat tiet mer, knhom kab eng chol 🤣🤣 a mit kbot! tae rub nis knhom mer hz ka sarch kluon eng dae",
            "bae eng rieb ka mun knhom, knhom nung lerng jer eng ler chhak jea mouy micro 🎤🤣 cham mer",
            "a lngong, eng tuk chhat knhom nov phteah eng tiet hz 😤 saek knhom tov yok, hoy si bay phteah eng tae mdong, mae eng tver chhnganh jeang",
            "a khmao, a skom, a kbal tompek 😂 hao knea baeb nis 20 chnam hz. mitapheap yeung ot cheh chas te ❤️",
            "p'oun srey khnhom luoch si num cake nov tou tuk kok. cham vea mok vinh knhom somlab vea 😭 (kraoy mok tinh thmey oy vea dadael)",
            "mi chkuot robos nhom chenh pi mundi pet hz 🥹 nung koh kbal vea mdong del tver oy nhom baromb rohot. chea chhab chhab na srey",
        ],
    )
)

THEMES.append(
    _posts(
        "w3a-banter-sport-game",
        neg_kind="banter",
        km=[
            "ក្លឹបឯងចាញ់ ៣-០ ទៀតហើយ 😂 ឆ្នាំក្រោយទៅលេងលីគភូមិវិញទៅ។ ភ្នាល់កាហ្វេមួយកែវ ចាំបង់ស្អែកនៅហាងដដែលណា!",
            "ប្រដាល់គុនខ្មែរយប់នេះ ខ្ញុំគាំទ្រកីឡាករខោក្រហម។ អ្នកណាគាំទ្រខោខៀវ ចាញ់ហើយកុំយំណា 🥊😆 អ្នកចាញ់ចេញលុយម្ហូប!",
            "អាណាលេងបាល់ទះសប្ដាហ៍មុន វាយបាល់ចូលមុខខ្ញុំ? 😤 ល្ងាចនេះសងសឹកនៅទីលានវត្ត។ ក្រុមចាញ់ទិញទឹកក្រូចឲ្យទាំងអស់គ្នា។",
            "អាហ្នឹងលេង Mobile Legends ខ្សោយដូចក្មេងបីឆ្នាំ 🤣 ស្លាប់ ១៥ដងក្នុងមួយវគ្គ។ ប៉ុន្តែនៅតែជាមិត្តរួមក្រុមដែលខ្ញុំទុកចិត្តជាងគេ។",
            "ក្រុមបាល់ទាត់ការិយាល័យយើង ជួបក្រុមគណនេយ្យថ្ងៃសៅរ៍នេះ។ ពួកគណនេយ្យត្រៀមយំទៅ 😈⚽ ចាញ់ឈ្នះក៏នៅតែញ៉ាំបាយជាមួយគ្នាដដែល។",
            "ប្រពន្ធខ្ញុំថា បើខ្ញុំមើលបាល់ដល់យប់ជ្រៅទៀត គាត់នឹងសម្លាប់ខ្ញុំ 😅 អ៊ីចឹងយប់នេះខ្ញុំមកមើលនៅផ្ទះឯងណា អាឡាញ់។",
            "ឈ្នះអុកតាខ្ញុំម្ដងទៀតហើយ ♟️ គាត់ថា «ចាំមើល ខែក្រោយតាវាយឯងឲ្យខ្ទេច» 😂 តាអាយុ៨០ហើយ តែនៅស្រួចខ្លាំងណាស់។",
            "ក្មេងប្រុសៗក្នុងក្រុមហៅគ្នាថា អាឆ្កែ អាជ្រូក រាល់ថ្ងៃ តែពេលម្នាក់ដួលម៉ូតូ ទាំងអស់គ្នារត់ទៅជួយមុនគេ។ នេះហើយមិត្តភាពពិត។",
            "ទាត់បាល់ចូលទីខ្លួនឯងទៀតហើយ អាខ្វាក់ 😂😂 ឯងជាខ្សែប្រយុទ្ធល្អបំផុតរបស់ក្រុមគេ! ក្រោយប្រកួតទៅញ៉ាំមីកាតាំងណា ខ្ញុំចេញលុយ។",
            "ភ្នាល់គ្នាថាក្រុមខ្ញុំឈ្នះ។ បើចាញ់ ខ្ញុំព្រមកោរសក់ទំពែក 😂 អ្នកណាចង់ជួយកោរ ត្រៀមកន្ត្រៃមក។ ហ៊ានភ្នាល់ទេ អាកំសាក?",
            "ល្ងាចនេះទាត់សីនៅមុខវត្តទៀត។ មីងលក់នំដែលអង្គុយមើលយើងរាល់ថ្ងៃ ថា «ពួកឯងទាត់អន់ដូចគោ» 🤣 ត្រូវហើយមីង។",
        ],
        en=[
            "Chelsea fans very quiet today 🤫 don't worry lads, coffee's on me at the usual spot, you'll need it after that beating",
            "gg ez. your team got destroyed so bad i almost felt sorry. almost. rematch tomorrow 8pm, bring your crying towel 😂",
            "Kun Khmer fight night at Vicheka's! If your guy loses you wash every dish. If mine loses... that's not happening 🥊",
            "my dad after losing at cards to my mum again: 'I will have my revenge, woman.' 30 years married and he has never once won 😂❤️",
            "Phnom Penh fans talking trash about Svay Rieng again. see you all at the stadium Sunday, losers buy the sugarcane juice",
            "You're dead to me, Ratha. Dead. You picked the other team in the office quiz. (see you at lunch tho)",
            "my teammate died 12 times then typed 'my bad king'. i'm going to strangle him. he's also my cousin and we're queuing again tonight",
        ],
        mixed=[
            "MU ចាញ់ទៀតហើយ 🤣 fans MU ក្នុង group នេះស្ងាត់ឈឹង។ Don't worry បង ស្អែកខ្ញុំ treat កាហ្វេ ឲ្យបាត់ឈឺចាប់",
            "អាឆ្កួត carry ក្រុមយប់មិញ 🔥 ខ្ញុំ feed តែមួយ round ហ្នឹងទេ កុំ screenshot ផ្ញើ group ណា ខ្ញុំសម្លាប់ឯង 😂",
            "Boxing យប់នេះ ខ្ញុំភ្នាល់នំបញ្ចុកមួយចាន។ Team ក្រហមឈ្នះ! អាណាចាញ់ treat ទាំងអស់គ្នា 🥊🍜",
            "ក្រុមបាល់ភូមិខាងលើ trash talk ខ្លាំងណាស់ 😆 ទុកឲ្យវានិយាយលេង ដល់ថ្ងៃប្រកួតឃើញគ្នា។ See you at the field បងប្អូន",
            "Volleyball ល្ងាចជាមួយ team ការងារ។ ខ្ញុំ spike ចូលមុខ boss 😭 គាត់សើចហើយថាស្អែកកាត់ប្រាក់ខែ 😂 ស្រលាញ់ boss",
        ],
        latn=[
            "club eng chanh 3-0 tiet hz 😂 chnam kraoy tov leng league phum vinh tov. pnal kafe mouy keo, cham bong saek na",
            "kun khmer yup nis knhom kaum kilakor kho krohom. a na kaum kho khiev chanh kom yum na 🥊 chanh trov chenh luy mhob",
            "a nis leng ML khsaoy dauch kmeng bey chnam 🤣 slab 15 dong knong mouy vok. tae nov tae jea mit ruom krum del knhom tuk chet jeang ke",
            "propon knhom tha bae knhom mer bal yup jrov tiet, gat nung somlab knhom 😅 dochnes yup nis knhom mok mer phteah eng na a lanh",
            "teat bal chol ti kluon eng tiet hz a kvak 😂😂 kraoy prokuot tov nhum mi katang, knhom chenh luy",
            "pnal knea tha krum knhom chneah. bae chanh knhom prom kor sok tompek 😂 hean pnal te a komsak?",
            "ta khnhom chanh ok nhom tiet, gat tha 'cham mer khae kraoy ta vay eng oy khtech' 😂 ayu 80 hz nov tae sruoch nas",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: counter-speech and awareness
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-aware-counter",
        neg_kind="awareness",
        km=[
            "ឈប់ហៅគេថា «យួន» ដើម្បីជេរប្រមាថទៀតទៅ។ អ្នកជិតខាងខ្ញុំជាជនជាតិវៀតណាម រស់នៅទីនេះបីជំនាន់ហើយ ហើយជួយភូមិយើងពេលទឹកជំនន់ ច្រើនជាងអ្នកខ្លះទៀតផង។",
            "ខ្ញុំអានមតិក្រោមវីដេអូនោះ ឃើញមនុស្សហៅបងប្អូនចាមថា «គ្រាប់បែកពេលវេលា»។ នេះមិនមែនជាការបញ្ចេញមតិទេ នេះជាការញុះញង់ឲ្យស្អប់។ សូមរាយការណ៍ ហើយកុំចែករំលែក។",
            "ពាក្យ «ខ្ទើយ» ដែលពួកយើងប្រើសើចលេង ធ្លាប់ធ្វើឲ្យមិត្តខ្ញុំម្នាក់មិនហ៊ានទៅសាលារៀនអស់មួយឆ្នាំ។ ពាក្យសម្ដីមានទម្ងន់ សូមគិតមុននិយាយ។",
            "មាននរណាម្នាក់ប៉ុស្តិ៍ថា «ចិនម្នាក់ ស្មើចោរម្នាក់»។ ខ្ញុំជាកូនចៅចិនខ្មែរ ជីតាខ្ញុំលក់នំនៅផ្សារចាស់អស់ ៥០ឆ្នាំ។ ការវាយតម្លៃមនុស្សតាមពូជសាសន៍ គឺខុស។",
            "ឃើញមតិមួយសរសេរថា «ពួកនេះដូចកណ្ដុរ»។ ប្រវត្តិសាស្ត្របានបង្រៀនយើងរួចហើយ ថាពេលណាគេចាប់ផ្ដើមហៅមនុស្សថាសត្វ ពេលនោះអំពើហិង្សាជិតមកដល់ហើយ។",
            "សូមកុំប្រើពាក្យ «ព្នង» ដើម្បីមើលងាយជនជាតិដើមភាគតិច។ ពួកគាត់ជាពលរដ្ឋខ្មែរដូចយើង មានវប្បធម៌ និងភាសាដ៏សម្បូរបែបរបស់ខ្លួន។",
            "មិត្តភក្តិខ្ញុំ៖ «ខ្មៅដូចធ្យូង»។ ខ្ញុំ៖ ស្បែកខ្មៅ ស្បែកស មិនមែនជាកំហុសរបស់នរណាទេ។ ឈប់ចំអកពណ៌ស្បែកអ្នកដទៃ ហើយរៀនស្រលាញ់ខ្លួនឯងទៅ។",
        ],
        en=[
            "Saw someone in a local group write 'send the yuon back down the river'. That word is a slur, full stop. Vietnamese-Cambodian families have been part of this country for generations. Report, don't engage.",
            "Reminder: 'it's just a joke' doesn't make calling Cham Muslims 'terrorists' okay. Jokes like that are how neighbours start fearing neighbours.",
            "someone commented 'gay = disease' under my pride photo. i'm not deleting it. leaving it so people can see what we deal with every day. then scroll down to the 200 kind replies 🌈",
            "A short thread on why 'they breed like rats' is dehumanising language, where it comes from, and why it shows up before almost every ethnic attack in history 🧵",
            "To everyone sharing the post calling Chinese workers 'a plague': most people trapped in those scam compounds are victims too. Blame the bosses, not a whole nationality.",
        ],
        mixed=[
            "Comment មួយថា «ពួកចាមគួរត្រឡប់ទៅអារ៉ាប់» 😔 No. បងប្អូនចាមជាខ្មែរ រស់នៅទីនេះរាប់រយឆ្នាំ។ Report post នេះ ជំនួសឲ្យ share",
            "ពាក្យ 'ព្នង' មិនមែន joke ទេ វាជា slur។ Please ឈប់ប្រើ ហើយប្រាប់មិត្តភក្តិដែលនៅប្រើផង 🙏",
            "ឃើញ TikTok ចំអកមនុស្សពិការ ដោយហៅថា 'អាខ្វិន' 🙁 views ច្រើនណាស់។ Don't give it views, report ភ្លាម",
        ],
        latn=[
            "chhob hao ke tha 'yuon' dember jer tiet tov. neak chit khang knhom jea chuncheat vietnam, ruos nov nis bey chumnan hz, chuoy phum yeung pel tuk chumnon",
            "khnhom khernh comment tha 'pouk cham jea bomb'. nis ot men jea mati te, nis jea kar nhoh nhong oy sa'ob. report hz kom share",
            "peak 'khteuy' del yeung prae sarch leng, thleab tver oy mit knhom ot hean tov sala mouy chnam. peak somdei mean tomngun, kit mun niyay",
            "mean ke post tha 'chen mouy = chor mouy'. knhom jea kon chav chen khmer, chitar knhom luok num nov psar chas 50 chnam. kom vay tamlei monus tam pouch sas",
            "som kom prae peak 'pnong' dember mer ngeay chuncheat daem pheak tech. pouk gat jea poleroat khmer dauch yeung dae",
        ],
    )
)

THEMES.append(
    _posts(
        "w3a-aware-campaign",
        neg_kind="awareness",
        km=[
            "បើអ្នកទទួលបានសារថា «ខ្ញុំដឹងផ្ទះឯងនៅណា» ឬ «ចាំមើលទៅ» កុំឆ្លើយតប។ ថតអេក្រង់ទុក ប្រាប់មនុស្សដែលអ្នកទុកចិត្ត ហើយរាយការណ៍ទៅប៉ុស្តិ៍នគរបាលដែលនៅជិតបំផុត។",
            "សិក្ខាសាលាថ្ងៃនេះ៖ ហេតុអ្វីពាក្យ «បណ្ដេញពួកវាចេញ» ក្នុងក្រុមហ្វេសប៊ុក អាចនាំទៅរកអំពើហិង្សាពិតប្រាកដ។ សិស្សានុសិស្សចូលរួមជាង ៨០នាក់ 👏",
            "ឪពុកម្ដាយគួរដឹង៖ ការសម្លុតតាមអនឡាញ មិនមែនគ្រាន់តែជាការលេងសើចរបស់ក្មេងទេ។ សារដូចជា «ស្លាប់ទៅ គ្មាននរណាស្រលាញ់ឯងទេ» អាចធ្វើឲ្យកូនបាក់ទឹកចិត្តយ៉ាងធ្ងន់ធ្ងរ។",
            "នារីៗ ប្រយ័ត្ន៖ ជនល្មើសច្រើនតែគំរាមថា «បើមិនផ្ញើលុយ ខ្ញុំនឹងបង្ហោះរូបអូន»។ កុំបង់លុយ កុំលុបសារ។ ទាក់ទងខ្សែទូរស័ព្ទជំនួយ ឬអង្គការការពារស្ត្រីក្នុងតំបន់។",
            "ក្រុមយុវជនរបស់យើង កំពុងប្រមូលឧទាហរណ៍ពាក្យស្អប់ពូជសាសន៍ ដែលគេប្រើញឹកញាប់លើបណ្ដាញសង្គម ដើម្បីបង្រៀនសិស្សឲ្យស្គាល់ និងជៀសវាង។ ផ្ញើមកពួកយើងតាមសារឯកជន។",
            "ចម្រៀងដែលច្រៀងថា «ចាក់ទឹកអាស៊ីតឲ្យស្រីក្បត់» មិនគួរពេញនិយមទេ។ ការវាយប្រហារដោយអាស៊ីតនៅកម្ពុជា បានបំផ្លាញជីវិតស្ត្រីរាប់រយនាក់។ ឈប់លើកតម្កើងវាទៅ។",
            "ច្បាប់ត្រូវដឹង៖ ការគំរាមសម្លាប់ ទោះតាមសារ ឬតាមហ្វេសប៊ុក អាចត្រូវផ្ដន្ទាទោសតាមក្រមព្រហ្មទណ្ឌ។ «ខ្ញុំលេងសើចទេ» មិនមែនជាលេសការពារខ្លួនទេ។",
        ],
        en=[
            "Teachers: if a student writes 'wait for me after school' in the class chat, take it seriously. Most fights we see start with a message like that. Talk to both kids the same day.",
            "Our helpline took 312 reports last month. The most common messages victims received: 'I'll send your photos to your family', 'I know where you work', 'you're too ugly to live'. You're not alone. Call us.",
            "Hate speech isn't only slurs. 'They're taking our jobs', 'they spread disease', 'send them back': these are the phrases that come first. Learn to spot them. #StopHateKH",
            "Workshop for content moderators this Friday: telling friends' banter ('I'll kill you lol') apart from a real threat. Context, history, specifics like addresses and times. Free for NGO staff.",
            "If someone posts your location with 'see you soon', screenshot it, don't reply, report it. Then tell someone you trust. Threats online are still threats.",
        ],
        mixed=[
            "Cyberbullying awareness week 💜 សារដូចជា 'ស្រីធាត់' 'អាខ្មៅ' 'គ្មាននរណាចង់រាប់អានឯង' ធ្វើឲ្យមនុស្សឈឺចាប់ពិតៗ។ Be kind online.",
            "Tips ការពារខ្លួន 🛡️ បើមានអ្នក DM ថា 'ខ្ញុំដឹងអូននៅណា' → screenshot, block, report ហើយប្រាប់គ្រួសារភ្លាម",
            "Training ថ្ងៃនេះ៖ របៀប respond ទៅ hate comments ដូចជា 'ពួកយួនចេញទៅ' ដោយមិនបន្ថែមភ្លើង។ Counter-speech > silence 🙌",
        ],
        latn=[
            "bae neak tuol ban sar tha 'knhom deng phteah eng nov na' rii 'cham mer', kom chlery. screenshot tuk, prab neak del tuk chet, hz report tov polis",
            "ovpuk mdai kuor deng: kar somlot tam online ot men jea leng sarch kmeng te. sar dauch 'slab tov, ot mean nak na srolanh eng te' tver oy kon bak tuk chet klang",
            "neari prayat: chun lmeus chroen tae komream 'bae ot phnhae luy, bong post rub oun'. kom bong luy, kom lub sar. tak tong ongkar chuoy neari",
            "chbab trov deng: kar komream somlab, teang tam sar rii tam FB, ach trov tos. 'knhom leng sarch te' ot men jea les ka pear kluon te",
            "thngai nis mean workshop nov sala: hetey peak 'bondenh pouk vea chenh' nov group FB ach nam tov rok hingsa pit. sis chol ruom jeang 80 nak 👏",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: news reports
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-news-attack-court",
        neg_kind="news_report",
        km=[
            "ប៉ូលិសខេត្តកំពង់ចាម បានឃាត់ខ្លួនបុរសម្នាក់អាយុ ៣២ឆ្នាំ ដែលសង្ស័យថាបានចាក់ទឹកអាស៊ីតលើស្ត្រីម្នាក់កាលពីយប់ថ្ងៃអាទិត្យ។ ជនរងគ្រោះកំពុងសម្រាកព្យាបាលនៅមន្ទីរពេទ្យ។",
            "តុលាការខេត្តបានកាត់ទោសបុរសម្នាក់ឲ្យជាប់ពន្ធនាគារ ២ឆ្នាំ ពីបទគំរាមកំហែងសម្លាប់ តាមរយៈសារហ្វេសប៊ុក ទៅកាន់អតីតសង្សាររបស់ខ្លួន។",
            "សិស្សពីរនាក់រងរបួសដោយសារកាំបិត ក្រោយការវាយតប់គ្នានៅមុខវិទ្យាល័យមួយ ក្នុងរាជធានីភ្នំពេញ។ សមត្ថកិច្ចបាននាំខ្លួនយុវជនបីនាក់ទៅសាកសួរ។",
            "ផ្ទះអណ្ដែតទឹករបស់គ្រួសារជនជាតិវៀតណាមពីរខ្នង ត្រូវបានគេដុតកាលពីយប់មិញ។ អាជ្ញាធរកំពុងស៊ើបអង្កេតថា តើជាអំពើប្រកាន់ពូជសាសន៍ឬយ៉ាងណា។",
            "ហាងលក់ទូរស័ព្ទមួយ នៅផ្សារខេត្តសៀមរាប ត្រូវបានគេដុតបំផ្លាញនៅម៉ោង២ទៀបភ្លឺ។ ម្ចាស់ហាងប្រាប់ថា ធ្លាប់ទទួលសារគំរាមប៉ុន្មានថ្ងៃមុនហេតុការណ៍។",
            "នគរបាលបានចាប់ខ្លួនយុវជនម្នាក់ ដែលបានបង្ហោះវីដេអូញុះញង់ឲ្យវាយប្រហារសហគមន៍ចាម នៅខេត្តត្បូងឃ្មុំ។ គាត់ត្រូវបានបញ្ជូនទៅតុលាការនៅថ្ងៃនេះ។",
            "គូស្នេហ៍ភេទដូចគ្នាមួយគូ ត្រូវក្រុមបុរសវាយដំនៅក្បែរមាត់បឹង។ អង្គការសិទ្ធិមនុស្សអំពាវនាវឲ្យចាត់ការតាមច្បាប់ និងការពារសហគមន៍អ្នកស្រឡាញ់ភេទដូចគ្នា។",
            "តុលាការបានកាត់ទោសស្ត្រីម្នាក់ ដែលបានបង្ហោះរូបថតឯកជនរបស់អតីតមិត្តភក្តិ ដើម្បីសងសឹក។ ជនរងគ្រោះស្នើឲ្យមានច្បាប់ការពារកាន់តែខ្លាំង។",
            "ជម្លោះដីធ្លីរវាងអ្នកជិតខាងពីរគ្រួសារ បណ្ដាលឲ្យបុរសម្នាក់ស្លាប់ដោយរបួសពូថៅ។ ជនសង្ស័យបានរត់គេចខ្លួន ហើយកំពុងត្រូវប៉ូលិសតាមចាប់។",
            "វិហារអ៊ីស្លាមមួយនៅខេត្តកំពត ត្រូវបានគេគូរពាក្យប្រមាថលើជញ្ជាំង។ មេឃុំ និងព្រះសង្ឃក្នុងតំបន់ បានមកជួយលាបថ្នាំលុបចោល ហើយអំពាវនាវឲ្យរស់នៅដោយសុខដុមរមនា។",
            "តុលាការបានបើកសវនាការលើបុរសម្នាក់ ដែលត្រូវចោទថាបានតាមដាន និងគំរាមនារីម្នាក់ជាច្រើនខែ។ សាលក្រមនឹងប្រកាសនៅសប្ដាហ៍ក្រោយ។",
        ],
        en=[
            "Police in Battambang arrested a 41-year-old man accused of threatening to burn down a neighbour's house during a dispute over a fence. He was released on bail pending trial.",
            "Court sentences man to 5 years for acid attack on former business partner. The victim, who lost the sight in one eye, attended the hearing.",
            "An online seller was charged with incitement after a livestream in which he called for Vietnamese vendors to be 'chased out' of a Phnom Penh market.",
            "Three teenagers were hospitalised after a fight outside a high school in Kandal. Police say the fight was arranged through a group chat the night before.",
            "UPDATE: the man who posted a neighbour's address with the words 'come and get him' has been detained. Authorities urge the public not to share the original post.",
            "A rights group recorded 47 incidents of hate speech targeting Cham Muslims on social media in the first half of the year, up from 29 a year earlier, its report says.",
            "A Chinese national was stabbed during a robbery in Sihanoukville late Tuesday. Police have not named a motive and are reviewing CCTV footage.",
        ],
        mixed=[
            "BREAKING: ប៉ូលិសចាប់ខ្លួនជនសង្ស័យ ក្នុងករណីចាក់កាំបិតនៅ karaoke មួយ ក្នុងខណ្ឌសែនសុខ។ ជនរងគ្រោះ ២នាក់ កំពុងព្យាបាល។",
            "Update ករណី acid attack នៅតាកែវ៖ តុលាការកាត់ទោស ១០ឆ្នាំ។ គ្រួសារជនរងគ្រោះ ថ្លែងអំណរគុណដល់សមត្ថកិច្ច។",
            "News: អ្នកប្រើ TikTok ម្នាក់ត្រូវបានកោះហៅ ក្រោយ post video ហៅជនជាតិចិនថា 'មេរោគ'។ អាជ្ញាធរព្រមានឲ្យប្រយ័ត្នការប្រើពាក្យស្អប់។",
            "ព័ត៌មានក្នុងស្រុក៖ ហាងកាហ្វេ LGBT-friendly មួយនៅសៀមរាប ត្រូវគេគប់បែកកញ្ចក់។ CCTV ថតបានមុខជនល្មើស ហើយប៉ូលិសកំពុងតាមរក។",
        ],
        latn=[
            "polis khet kampong cham ban chab kluon boros mnak ayu 32 chnam del songsay tha ban chak tuk asit leu neari mnak. chun rong kroh kompung pyeabal",
            "tolakar ban kat tos boros mnak oy chab kuk 2 chnam pi bot komream somlab tam sar FB tov kan ex songsar robos kluon",
            "sis 2 nak rong robuos doy kambet kraoy vay knea nov muk vityealai mouy nov PP. samathakech ban nam kluon yuvachun 3 nak tov sak suor",
            "phteah andet tuk robos kruosar chuncheat vietnam 2 khnang trov ke dot kal pi yup minh. achnhathor kompung seub ong ket",
            "hang tel mouy nov psar siem reap trov ke dot mong 2 yup. mchas hang prab tha thleab tuol sar komream pon man thngai mun het ka",
            "polis chab kluon yuvachun mnak del post video nhoh nhong oy vay sahakum cham nov tbong khmum. bonhchun tov tolakar thngai nis",
            "vihear islam mouy nov kampot trov ke kur peak promaot leu chonhcheang. me khum nung preah song mok chuoy leap thnam lub chol",
            "tolakar ban baek sovanakar leu boros mnak chaot tha ban tam dan nung komream neari mnak chroen khae. salakrom prakas saptah kraoy",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: complaints
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-complaint-service",
        neg_kind="complaint",
        km=[
            "ហាងបាយនៅផ្លូវ ២៧១ នេះ អន់បំផុត! រង់ចាំ ៤៥នាទី ម្ហូបមកត្រជាក់ ហើយបុគ្គលិកធ្វើមុខក្រញូវដាក់ភ្ញៀវទៀត។ មិនមកទៀតទេ។",
            "អ្នកជិតខាងបើកភ្លេងខារ៉ាអូខេរហូតដល់ម៉ោង២យប់ រាល់ចុងសប្ដាហ៍។ កូនតូចខ្ញុំដេកមិនលក់សោះ។ ស្អែកនេះខ្ញុំនឹងប្ដឹងទៅមេភូមិ។",
            "ក្រុមហ៊ុនដឹកជញ្ជូននេះ បញ្ញើខ្ញុំបាត់ជាង ២សប្ដាហ៍ហើយ ហៅទូរស័ព្ទមិនលើក ឆាតមិនឆ្លើយ។ លុយ ៦០ដុល្លារ បាត់ទៅឥតប្រយោជន៍។",
            "ធនាគារកាត់លុយខ្ញុំពីរដងសម្រាប់ការទូទាត់តែមួយ។ ទៅសួរនៅបញ្ជរ គេប្រាប់ឲ្យរង់ចាំ ៣០ថ្ងៃ។ ខឹងណាស់! លុយខ្ញុំមិនមែនលុយលេងទេ។",
            "អ្នកបើកឡានក្រុងខ្សែលេខ៣ បើកលឿនដូចអ្នកប្រណាំង ហើយមិនឈប់ត្រង់ចំណត។ ចាស់ៗ ក្មេងៗ ឡើងមិនទាន់។ សូមក្រុមហ៊ុនពិនិត្យផង។",
            "អគារក្បែរផ្ទះសាងសង់តាំងពីម៉ោង៥ព្រឹក ធូលីហុយពេញផ្ទះ ជញ្ជាំងខ្ញុំប្រេះ។ និយាយមិនស្ដាប់ ខ្ញុំនឹងដាក់ពាក្យបណ្ដឹងទៅសាលាខណ្ឌ។",
            "ទិញទូរស័ព្ទថ្មីបានតែ ៣ថ្ងៃ អេក្រង់ខ្មៅ។ ហាងមិនព្រមប្ដូរ ថាជាកំហុសខ្ញុំ។ ធានាអីបែបនេះ? ប្រាប់មិត្តភក្តិទាំងអស់គ្នាកុំទិញនៅហាងនេះ។",
            "អ៊ីនធឺណិតដាច់រាល់ល្ងាច ប៉ុន្តែវិក្កយបត្រមកទៀងណាស់ 😤 បង់លុយពេញ តែប្រើបានពាក់កណ្ដាលខែ។ ក្រុមហ៊ុនគួរខ្មាសខ្លួនឯងណាស់។",
            "ឆ្កែអ្នកជិតខាងព្រុសពេញមួយយប់ ហើយមកបន្ទោរបង់មុខផ្ទះខ្ញុំរាល់ព្រឹក។ និយាយដោយសុភាពបីដងហើយ នៅតែដដែល។ អស់សំណើចហើយ។",
        ],
        en=[
            "Worst hotel experience of my life. Aircon broken, bathroom leaking, and the manager told me to 'just open the window'. One star is too generous.",
            "Dear landlord, it's been 3 weeks since I reported the broken water pump. I'm paying full rent for a flat with no water. Done asking politely. Fix it or return my deposit.",
            "To whoever owns the grey Lexus that parks across my gate every single night: I've called the sangkat twice. Next time it gets towed.",
            "Ordered a birthday cake for my daughter, paid in advance, and it never came. No call, no refund, and now they've blocked me on Messenger. Shameful business.",
            "The construction next door starts at 5am and runs past 10pm. Dust in my baby's room every day. Filed a formal complaint with photos. Neighbours on our street, please add yours.",
            "Telecom customer service kept me on hold 50 minutes then hung up. Three times. I'm switching providers and telling everyone why.",
        ],
        mixed=[
            "Grab driver យប់មិញ cancel ខ្ញុំ ៣ដងជាប់គ្នា ហើយគិតលុយ cancellation fee ពីខ្ញុំទៀត 😡 Support មិនឆ្លើយ។ Very disappointed",
            "Online shop នេះ ផ្ញើអាវខុស size ខុសពណ៌ ហើយ refuse refund។ Screenshots ខ្ញុំមានទាំងអស់។ កុំ order ពី page នេះ!",
            "Condo management អន់ណាស់ lift ខូច ១សប្ដាហ៍ ខ្ញុំនៅជាន់ទី១៨ 😩 ចាស់ៗក្នុងអគារ ចុះឡើងមិនរួច។ Please fix it ASAP",
            "ខ្ញុំ complain ទៅ restaurant នេះពីរដងហើយ រឿងរកឃើញសក់ក្នុងម្ហូប។ Manager គ្រាន់តែ say sorry ហើយគិតលុយពេញ។ Never again.",
        ],
        latn=[
            "hang bay nov phlov 271 ot la'or sos! cham 45 nati, mhob mok trocheak, bokolik tver muk kronhov dak phnhiev tiet. ot mok tiet te",
            "neak chit khang bauk karaoke dol mong 2 yup ral chong saptah. kon touch knhom dek ot lak sos. saek knhom pdeng tov me phum",
            "internet dach ral lngach tae vikayabat mok tieng nas 😤 bong luy penh tae prae ban pi kandal khae. krum hun kuor khmas kluon eng",
            "tinh tel thmey ban tae 3 thngai screen khmao. hang ot prom pdo, tha kom hos knhom. thanea ey baeb nis? kom tinh nov hang nis",
            "chhkae neak chit khang prus penh mouy yup, hz mok bontor bong muk phteah knhom ral prik. niyay la'or 3 dong hz nov tae dadael. os sarch hz",
            "bus khsae lek 3 bauk leun dauch prannang, ot chhob trong chamnat. chas chas, kmeng kmeng lerng ot tan. som krum hun pinit phong",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: neutral or warm posts about groups, films and sport
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3a-benign-communities",
        neg_kind="benign",
        hard=True,
        km=[
            "ហាងផឹកវៀតណាមក្បែរផ្សារដើមគរ ធ្វើបាញ់ឆែវឆ្ងាញ់ណាស់ 😋 ម្ចាស់ហាងជាអ៊ុំស្រីវៀតណាម និយាយខ្មែរច្បាស់ ហើយរួសរាយរាក់ទាក់ទៀត។",
            "ចូលឆ្នាំចិនឆ្នាំនេះ គ្រួសារខ្ញុំសែនដូនតានៅផ្ទះជីដូន។ ក្មេងៗរង់ចាំតែអាំងប៉ាវ 🧧 ជីដូនខ្ញុំកើតនៅកំពត តែនៅតែចាំទំនៀមទម្លាប់ចិនទាំងអស់។",
            "ខែរ៉ាម៉ាដននេះ មិត្តរួមការងារចាមរបស់ខ្ញុំ អញ្ជើញខ្ញុំទៅញ៉ាំអាហារបើកបួសនៅភូមិគាត់។ ម្ហូបឆ្ងាញ់ ហើយមនុស្សរាក់ទាក់ណាស់ 🌙",
            "វិហារអ៊ីស្លាមថ្មីនៅភូមិខ្ញុំ សាងសង់រួចហើយ។ អ្នកភូមិពុទ្ធសាសនាក៏បានជួយដឹកឥដ្ឋ ជួយចម្អិនបាយ។ ភូមិយើងរស់នៅជាមួយគ្នាអ៊ីចឹងតាំងពីដូនតា។",
            "បុណ្យកឋិនឆ្នាំនេះ វត្តភូមិយើងមានអ្នកចូលរួមច្រើនណាស់ រួមទាំងគ្រួសារចិនខ្មែរ និងវៀតណាមខ្មែរដែលរស់នៅក្បែរទន្លេ។ សាធុ 🙏",
            "អ្នកជិតខាងជនជាតិវៀតណាម ជួយដឹកម្ដាយខ្ញុំទៅមន្ទីរពេទ្យយប់ជ្រៅ ពេលខ្ញុំនៅធ្វើការឆ្ងាយ។ អរគុណពូ។ មនុស្សល្អគ្មានព្រំដែនទេ។",
            "ថ្ងៃនេះរៀនធ្វើនំគាវ ជាមួយយាយជាជនជាតិចិន។ យាយថា ដាក់ស្ករច្រើន ទើបឆ្នាំថ្មីផ្អែម 😄 ចែករំលែករូបខ្លះ។",
        ],
        en=[
            "Best pho in Phnom Penh? Hands down the tiny Vietnamese place behind the Russian Market. Run by a lovely family, been there 20 years. Go early, it sells out.",
            "Chinese New Year at the Teochew association hall was packed 🧧 lion dance, dumplings and grandmas playing cards. Happy New Year everyone!",
            "Visited the Cham fishing village in Kampot today. The imam showed us around the mosque and the kids taught me to say thank you in Cham. Such a kind community.",
            "My Khmer-Vietnamese classmate just became the first in her family to finish university 🎓 proud of you Thuy! her mum cried the whole ceremony",
            "Iftar drive this Friday at the mosque in Chroy Changvar, all welcome regardless of religion. Bring your family, we're cooking for 300 🌙",
        ],
        mixed=[
            "ម្ហូបវៀតណាម vs ម្ហូបខ្មែរ 🤔 ខ្ញុំស្រលាញ់ទាំងពីរ! Bun cha នៅផ្សារថ្មី + នំបញ្ចុកម្ដាយខ្ញុំ = perfect weekend",
            "Happy Chinese New Year 🧧🐉 ពីគ្រួសារចិនខ្មែរយើង! Lion dance នៅមុខផ្ទះព្រឹកនេះ ក្មេងៗសប្បាយណាស់",
            "Trip ទៅភូមិចាមនៅកំពង់ចាម 🕌 ម្ហូប halal ឆ្ងាញ់ណាស់ ហើយអ្នកភូមិ welcoming ខ្លាំង។ Highly recommend ក្រុមដើរលេង",
        ],
        latn=[
            "hang pho vietnam kbae psar deum kor chhnganh nas 😋 mchas hang jea om srey vietnam niyay khmer chbas, hz rous rayk teak tiet",
            "chol chnam chen chnam nis kruosar knhom saen don ta nov phteah yeay. kmeng kmeng cham tae ang pav 🧧 yeay knhom kert nov kampot",
            "khae ramadan nis mit ruom kar cham robos knhom anhcheunh knhom tov nhum bay baek buos nov phum gat. mhob chhnganh, monus reak teak nas 🌙",
            "vihear islam thmey nov phum knhom sang ruoch hz. neak phum preah puth ka chuoy deuk eth chuoy tver bay. phum yeung ruos nov jea mouy knea dauch nis tang pi don ta",
            "neak chit khang vietnam chuoy deuk mdai knhom tov mundi pet yup jrov pel knhom tver kar chhngay. orkun pu. monus la'or ot mean prom den te",
        ],
    )
)

THEMES.append(
    _posts(
        "w3a-benign-pride-film-sport",
        neg_kind="benign",
        hard=True,
        km=[
            "ព្រឹកនេះក្បួនដង្ហែមោទនភាពនៅភ្នំពេញ មានមនុស្សចូលរួមរាប់រយនាក់ 🌈 ឪពុកម្ដាយខ្លះក៏មកដើរជាមួយកូនដែរ។ សប្បាយចិត្តណាស់ដែលឃើញការគាំទ្របែបនេះ។",
            "ឈុតវាយគ្នាក្នុងរឿងថ្មីនេះ ខ្លាំងមែនទែន! តួឯកប្រើកាំបិតប្រយុទ្ធជាមួយក្រុមចោរនៅលើដំបូលផ្ទះ ១០នាទីមិនដកដង្ហើម 🎬🔥 ទៅមើលនៅរោងកុនភ្លាម។",
            "ការប្រកួតគុនខ្មែរយប់មិញ កីឡាករខោខៀវផ្ដួលគូប្រកួតដោយជង្គង់នៅទឹកទី៣ 🥊 ប៉ុន្តែក្រោយប្រកួត ទាំងពីរនាក់ឱបគ្នា ហើយសំពះគ្នា។ កីឡាពិត!",
            "ប្អូនប្រុសខ្ញុំប្រាប់គ្រួសារថាគាត់ស្រលាញ់ភេទដូចគ្នា។ ម៉ាក់ខ្ញុំគ្រាន់តែឱបគាត់ ហើយសួរថា «ញ៉ាំបាយហើយនៅកូន?» ❤️ ស្រលាញ់គ្រួសារខ្ញុំ។",
            "ក្រុមកីឡាករពិការកៅអីរុញកម្ពុជា ឈ្នះមេដាយមាសបាល់បោះ 🏆 មើលពួកគាត់លេងហើយ ខ្ញុំឈប់ត្អូញត្អែរពីជីវិតខ្លួនឯងតែម្ដង។",
            "ពិធីបុណ្យរបស់សហគមន៍ជនជាតិព្នងនៅមណ្ឌលគិរី ស្រស់ស្អាតណាស់ ស្គរ គង ស្រាពាង រាំរែកគ្នាពេញមួយយប់។ សូមគោរពទំនៀមទម្លាប់ពួកគាត់ពេលទៅលេង។",
            "រឿងភាគខ្មែរថ្មី ឈុតដែលតួអាក្រក់គំរាមដុតផ្ទះតួឯក ខ្ញុំខឹងរហូតចង់ចូលទៅក្នុងទូរទស្សន៍ 😂 តួសម្ដែងពូកែខ្លាំងណាស់។",
        ],
        en=[
            "Pride week in Phnom Penh 🌈 rainbow flags on Street 240, a drag show, and my grandma dancing in the front row. Best weekend of the year.",
            "that final fight scene in the new Khmer action film... machetes, rain, a burning warehouse. absolutely unhinged, i loved every second 🎬",
            "Boxing night at the Olympic Stadium: the local kid knocked out a much heavier opponent in round 2. Crowd went insane 🥊 Cambodia has talent!",
            "Shoutout to the trans-owned salon on our street that gave free haircuts to every kid before the school year. Community heroes 💇‍♀️",
            "Bokator training update: got thrown on the mat 14 times today by a 60-year-old master. My body hurts. My pride hurts more. Coming back tomorrow 😅",
        ],
        mixed=[
            "Pride parade ឆ្នាំនេះ 🌈 ខ្ញុំទៅជាមួយម៉ាក់ ហើយគាត់ wear អាវ rainbow ទៀត 😂❤️ Love is love",
            "ឈុត fight scene ក្នុង movie នេះ insane ណាស់! តួឯកវាយចោរ ២០នាក់តែម្នាក់ឯង 🔥 ទៅមើល cinema ភ្លាមបងប្អូន",
            "Kun Khmer Sunday 🥊 ខ្ញុំ cheer ឲ្យកីឡាករស្រីភូមិយើងឈ្នះ KO! Proud ណាស់ ស្រីខ្មែរខ្លាំង 💪",
        ],
        latn=[
            "prik nis pride parade nov PP mean monus chol ruom roy nak 🌈 ovpuk mdai klah ka mok deu jea mouy kon dae. sabay chet nas",
            "chhot vay knea knong rerng thmey nis klang men ten! tuo ek prae kambet prayut jea mouy krum chor leu dambol phteah 🎬🔥 tov mer plam",
            "kun khmer yup minh, kilakor kho khiev pdaol ku prokuot doy chongkung tuk ti 3 🥊 tae kraoy prokuot pi nak aob knea hz sompeah knea",
            "p'oun bros knhom prab kruosar tha gat srolanh pheth dauch knea. mak knhom kroan tae aob gat hz suor 'nhum bay hz nov kon?' ❤️",
            "rerng pheak khmer thmey, chhot tuo akrak komream dot phteah tuo ek, knhom khoeng rohot chong chol knong TV 😂 tuo somdeng puke nas",
        ],
    )
)

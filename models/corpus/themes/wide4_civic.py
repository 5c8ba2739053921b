# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Three boundaries the classifier still gets wrong, written as whole posts (stratum "wide4").

1. Civic complaint and political criticism in official vocabulary (Royal Government, ministry,
   governor, commune chief, "must explain", "not satisfied") against fabricated notices, fake
   decrees and doctored ministerial quotes that borrow the same words.
2. Neutral or warm posts about ethnic, national and religious groups and LGBT people (food,
   festivals, history, neighbours, sport) against hate speech at indicator level (collective
   blame, dehumanising comparisons, "they should leave", coded slurs).
3. True and useful posts about children's health and safety against hoaxes about children
   (invented vaccine deaths, kidnapping-van and poisoned-snack rumours).

Every person is invented; officials appear only by role; organisations are generic."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide4"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# 1. Political criticism and civic complaint (negatives) vs fabricated official notices
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4v-polcrit-roads-wages",
    neg_kind="political_criticism",
    km=[
        "ផ្លូវចូលភូមិខ្ញុំខូចតាំងពីឆ្នាំ២០១៩ ស្នើទៅឃុំរាប់ដងហើយ នៅតែដដែល។ លោកមេឃុំត្រូវតែពន្យល់ថាថវិកាផ្លូវនោះទៅណាអស់?",
        "ខ្ញុំមិនពេញចិត្តទេចំពោះការឆ្លើយតបទឹកជំនន់ឆ្នាំនេះ។ ទឹកឡើងបីថ្ងៃហើយ ទើបឃើញរថយន្តអាជ្ញាធរមកដល់។ អភិបាលខេត្តគួរចុះមកមើលផ្ទាល់ មិនមែនមើលតែតាមរូបថតទេ។",
        "ប្រាក់ខែកម្មករកាត់ដេរឡើងតែប៉ុន្មានដុល្លារ តែថ្លៃជួលបន្ទប់ ថ្លៃអង្ករ ថ្លៃហ្គាស ឡើងស្ទើរទ្វេដង។ ក្រសួងការងារត្រូវតែមើលឃើញការពិតនេះ។",
        "សូមរាជរដ្ឋាភិបាលពិនិត្យឡើងវិញលើតម្លៃប្រេងសាំង។ អ្នករត់ម៉ូតូឌុបដូចខ្ញុំ រកបានមិនគ្រប់ចាក់សាំងផង ចុះបាយកូនយ៉ាងម៉េច?",
        "សាលារដ្ឋថាមិនយកលុយ តែកូនខ្ញុំត្រូវបង់លុយរៀនគួររាល់ថ្ងៃ បើមិនរៀនគួរ គ្រូមិនបង្រៀនមេរៀនឲ្យពេញទេ។ ក្រសួងអប់រំត្រូវតែដោះស្រាយបញ្ហានេះឲ្យបានពិតប្រាកដ។",
        "ជម្លោះដីធ្លីនៅឃុំយើងអូសបន្លាយ ៧ ឆ្នាំហើយ។ ប្រជាពលរដ្ឋ ៤០ គ្រួសារនៅតែគ្មានប្លង់។ តើអាជ្ញាធរខេត្តរង់ចាំអ្វីទៀត?",
        "ឆ្នាំមុនគេប្រាប់ថាតម្លៃជីនឹងធ្លាក់ តែដល់រដូវដាំដុះ តម្លៃជីនៅតែឡើង។ កសិករត្រូវការចម្លើយ មិនមែនការសន្យាទេ។",
        "រឿងពុករលួយនៅការិយាល័យសុរិយោដីស្រុក គឺជារឿងដែលអ្នកភូមិគ្រប់គ្នាដឹង។ ធ្វើប្លង់ដីមួយត្រូវចាយលុយក្រៅតារាងតម្លៃ។ សូមស្ថាប័នប្រឆាំងអំពើពុករលួយចុះពិនិត្យផង។",
        "ខ្ញុំគាំទ្រគោលនយោបាយខ្លះរបស់រដ្ឋាភិបាល តែរឿងលូបង្ហូរទឹកក្នុងក្រុង គឺបរាជ័យទាំងស្រុង។ ភ្លៀងតែមួយម៉ោង ផ្លូវក្លាយជាទន្លេ។",
        "លោកចៅសង្កាត់ត្រូវតែពន្យល់៖ ហេតុអ្វីគម្រោងលើកកម្ពស់ផ្លូវធ្វើបានពាក់កណ្ដាលហើយឈប់ ទុករណ្ដៅចោលជិតបីខែ?",
        "ខ្ញុំមិនពេញចិត្តនឹងចម្លើយរបស់មន្ទីរសុខាភិបាលខេត្តទេ។ មន្ទីរពេទ្យបង្អែកខ្វះគ្រូពេទ្យពេលយប់ អ្នកជំងឺត្រូវរង់ចាំដល់ព្រឹក។",
        "ជំនួយគ្រោះទឹកជំនន់ចែកមិនស្មើគ្នាទេ។ គ្រួសារដែលស្គាល់មេភូមិបានពីរដង គ្រួសារក្រីក្រពិតប្រាកដមិនបានសោះ។ សូមឃុំពិនិត្យបញ្ជីឡើងវិញ។",
        "ថ្លៃភ្លើងខែនេះឡើងដល់ ៣០ ម៉ឺនរៀល ប្រើដូចខែមុនសោះ។ ក្រសួងរ៉ែ និងថាមពល គួរតែបកស្រាយជាសាធារណៈ។",
        "លោកអភិបាលខេត្តសន្យាថានឹងជួសជុលស្ពាននេះមុនរដូវវស្សា។ ឥឡូវវស្សាមកដល់ហើយ កូនសិស្សនៅតែដើរលើក្ដារពុក។ សន្យាហើយត្រូវធ្វើ!",
        "មិនមែនខ្ញុំប្រឆាំងទេ គ្រាន់តែសួរ៖ ថវិកាអប់រំឆ្នាំនេះកើនប៉ុន្មាន? ហេតុអ្វីគ្រូបង្រៀននៅតែបានប្រាក់ខែមិនគ្រប់ចិញ្ចឹមគ្រួសារ?",
        "ផ្សារថ្មីសង់រួចហើយ តែថ្លៃជួលតូបខ្ពស់ពេក អ្នកលក់តូចៗចូលមិនរួច។ សាលាក្រុងត្រូវតែស្ដាប់សំឡេងអ្នកលក់ដូរផង។",
        "ការយកដីស្រែអ្នកភូមិទៅធ្វើគម្រោងវិនិយោគ ដោយឲ្យសំណងតិចតួចបែបនេះ មិនយុត្តិធម៌ទេ។ ក្រសួងរៀបចំដែនដីត្រូវតែចុះមកជួបប្រជាជនផ្ទាល់។",
        "១០ ឆ្នាំហើយ ទឹកស្អាតមិនទាន់មកដល់ភូមិយើង។ មេឃុំចុះមកតែពេលបោះឆ្នោត។ សុំចម្លើយច្បាស់លាស់មួយមក។",
    ],
    en=[
        "Dear Provincial Hall: the flood warning came AFTER the water was already in our houses. We need an early warning that actually works, not a press conference afterwards.",
        "Minimum wage went up $4. Rent went up $15. Do the maths, Ministry of Labour. I am not satisfied with this decision and neither is anyone on my line.",
        "Not against the government, just tired. The road to our commune has been 'under study' for six years. Someone must explain where that budget went.",
        "School is free on paper. In practice I pay for extra classes, exam 'fees', uniform, photocopies. The Ministry of Education must solve this instead of saying it doesn't exist.",
        "Paying at the checkpoint on the national road is so normal now that truck drivers keep 5000 riel ready in the cup holder. That's a failure of leadership, full stop.",
        "Genuine question for the commune council: why did my neighbour's land title take 2 years plus 'extra fees', while the new villa next door got theirs in a month?",
        "fuel up again, rice up again, and the minister tells us to be patient. patience doesn't feed kids. we need an actual plan",
        "I vote, I pay my taxes, and there is still no streetlight on a road where two people were hit last year. Sangkat chief, please answer us.",
    ],
    mixed=[
        "ផ្លូវនេះ under construction តាំងពីឆ្នាំមុន តែមិនដែលឃើញ worker មកធ្វើសោះ 😤 ក្រសួងសាធារណការត្រូវតែ explain ផង",
        "Salary កម្មករឡើងតិចជាង inflation ទៅទៀត។ ខ្ញុំ not satisfied ទាល់តែសោះ 🙄 #minimumwage",
        "Flood response ឆ្នាំនេះ slow ណាស់ 💔 ជំនួយទៅដល់ភូមិខ្ញុំថ្ងៃទី៥ ក្រោយទឹកឡើង។ Governor ត្រូវតែ take responsibility",
        "Tuition ហើយ extra class fee ទៀត ឪពុកម្ដាយក្រីក្របង់មិនរួចទេ។ Ministry ត្រូវ solve ឲ្យពិតប្រាកដ មិនមែនត្រឹមតែ speech",
    ],
    latn=[
        "plov chol phum knhom kouch yu hz, smer tov khum chreun dong hz nov tae dadael. mekhum trov tae pnyul luy plov tov na os?",
        "nhom min penh chet te, tek jumnun lerng 3 thngai teb aphibal khet chuh mok merl. chuoy jeat tae pel tv mok thot",
        "prak khae kamkor lerng tae 4 dolla, tae tlai chuol bontuob lerng 15 dolla. krasuong kar ngea trov tae merl kar pit nis",
        "sala rath tha ot yok luy, tae kon khnhom trov bong luy rean kuor roll thngai. krasuong obrom trov tae dos sray oy pit prakot",
        "dei srae pracheachun trov ke yok, somnong tech nas. ot yuttethor te bong. rathaphibal trov chuh mok jub pracheachun ban",
        "own sour tae mouy: tlai sach lerng roll atit, tlai angkor lerng, tae prak khae nov dadael. rothmontrey mean phenkar ey?",
        "puk roluy nov karyalai soriyodei srok nis dg knea teang os. tver plong dei mouy trov chay luy kraw. som ang phiap prochang puk roluy chuh merl phg",
        "aphibal khet sonyea tha nung jousjul spean nis mun vossa. ey chhu vossa mok dol hz, kmeng nov derl lerng kdar puk. sonyea hz trov tver!",
        "tek saat 10 chnam hz min torn mok dol phum yerng. mekhum chuh mok tae pel bos chhnaot. som chomlery chbas las mouy mk",
        "tlai pleung khae nis 30 mern riel, prer dauch khae mun sos. krasuong rae nung thamapol kuor tae bok sray oy chbas",
    ],
))

THEMES.append(_posts(
    "w4v-polcrit-services-land",
    neg_kind="political_criticism",
    km=[
        "ខ្ញុំមិនពេញចិត្តទាល់តែសោះ! ធ្វើសំបុត្រកំណើតឲ្យកូនសោះ ក៏សាលាឃុំទារលុយ ៥០ ពាន់រៀល ដោយគ្មានវិក្កយបត្រ។ នេះហើយដែលគេហៅថាពុករលួយតូចតាច។",
        "ការបូមខ្សាច់នៅមាត់ទន្លេធ្វើឲ្យច្រាំងបាក់ជិតដល់ផ្ទះអ្នកភូមិហើយ។ អាជ្ញាធរខេត្តត្រូវតែបញ្ឈប់ ឬពន្យល់ថាអ្នកណាជាអ្នកចេញអាជ្ញាប័ណ្ណ។",
        "សំរាមនៅសង្កាត់យើងគ្មានអ្នកមកប្រមូលមួយសប្ដាហ៍ហើយ តែថ្លៃសំរាមនៅតែកាត់ក្នុងវិក្កយបត្រភ្លើងរាល់ខែ។ សាលាខណ្ឌត្រូវតែដោះស្រាយ។",
        "គេថាសេដ្ឋកិច្ចល្អ តែផ្សារនៅស្ងាត់ អ្នកលក់ដូរខាតស្ទើរគ្រប់គ្នា។ ល្អសម្រាប់អ្នកណា? សុំនិយាយការពិតជាមួយប្រជាជនផង។",
        "ព្រៃនៅជើងភ្នំជិតភូមិខ្ញុំ ត្រូវគេកាប់រាល់យប់ ឮសំឡេងរណារច្បាស់ៗ។ រាយការណ៍ទៅមន្ត្រីព្រៃឈើរាប់ដងហើយ គ្មានចម្លើយ។",
        "ថ្លៃព្យាបាលនៅមន្ទីរពេទ្យរដ្ឋ ស្ទើរតែស្មើគ្លីនិកឯកជនទៅហើយ។ ប័ណ្ណសមធម៌មាន តែគ្រួសារក្រីក្រខ្លះមិនដែលបានចុះបញ្ជីសោះ។",
        "ម្ដាយខ្ញុំបង្រៀន ៣០ ឆ្នាំ ចូលនិវត្តន៍ហើយ ប្រាក់សោធននៅតែមកយឺតជាងពីរខែ។ ក្រសួងពាក់ព័ន្ធត្រូវតែដោះស្រាយ កុំទុកឲ្យចាស់ៗរង់ចាំ។",
        "សំណួរទៅក្រុមប្រឹក្សាឃុំ៖ ១) ថវិកាអភិវឌ្ឍន៍ឃុំឆ្នាំនេះប៉ុន្មាន? ២) ចាយលើអ្វីខ្លះ? ៣) ហេតុអ្វីមិនបិទផ្សាយនៅសាលាឃុំ? ប្រជាជនមានសិទ្ធិដឹង។",
        "និយាយត្រង់ៗ៖ ការបណ្ដេញអ្នកលក់ចិញ្ចើមផ្លូវ ដោយគ្មានកន្លែងថ្មីឲ្យគេលក់ គឺធ្វើបាបអ្នកក្រ។ សាលារាជធានីគួរមានដំណោះស្រាយ មិនមែនចេះតែបណ្ដេញ។",
        "កសិករបន្លែនៅខេត្តយើងលក់មិនចេញ ព្រោះបន្លែនាំចូលថោកជាង។ រាជរដ្ឋាភិបាលនិយាយច្រើនពីការជួយកសិករ តែនៅមូលដ្ឋានមិនឃើញអ្វីសោះ។",
        "ការប្រឡងចូលធ្វើមន្ត្រីរាជការ ត្រូវតែមានតម្លាភាព។ បើនៅតែមានរឿងទិញកន្លែង យុវជនដូចយើងនឹងបាត់ជំនឿអស់។",
        "ទឹកជំនន់មកដល់រាល់ឆ្នាំ ហើយរាល់ឆ្នាំក៏និយាយដដែលថា «នឹងសិក្សា»។ ១០ ឆ្នាំហើយ ប្រព័ន្ធប្រឡាយនៅតែដដែល។ ខ្ញុំមិនពេញចិត្តទេ។",
        "ប៉ូលិសចរាចរណ៍ចាំតែរកកំហុសម៉ូតូអ្នកក្រ តែឡានធំបើកបុកភ្លើងក្រហមមិនហ៊ានឃាត់។ ច្បាប់ត្រូវតែស្មើគ្នាសម្រាប់គ្រប់គ្នា។",
        "អគារសិក្សាថ្មីទើបសង់មិនទាន់ដល់ពីរឆ្នាំ ពិដានធ្លាក់ហើយ។ អ្នកណាទទួលខុសត្រូវលើគុណភាពសំណង់? មន្ទីរអប់រំត្រូវតែពន្យល់។",
        "ថ្លៃសាលាឯកជនឡើងរៀងរាល់ឆ្នាំ ១០ ភាគរយ តែគុណភាពនៅដដែល។ ក្រសួងគួរមានវិធានគ្រប់គ្រងការដំឡើងថ្លៃសិក្សា។",
        "ឃ្លាំងស្រូវសហគមន៍ដែលសង់ដោយលុយម្ចាស់ជំនួយ ឥឡូវក្លាយជាផ្ទះឯកជនរបស់នរណាម្នាក់បាត់ទៅហើយ។ សុំអាជ្ញាធរស្រុកពិនិត្យផង។",
        "អ្នកនេសាទតូចៗត្រូវគេរឹតបន្តឹង តែទូកធំប្រើឧបករណ៍ខុសច្បាប់ដោយសេរី។ រដ្ឋបាលជលផលត្រូវតែពន្យល់រឿងនេះ។",
        "មិនមែនញុះញង់ទេ ជាការត្អូញត្អែរ៖ ផ្លូវកំណាត់ជិតផ្ទះខ្ញុំ ជួសជុលរាល់ឆ្នាំ ចាយលុយរាល់ឆ្នាំ តែមិនដែលល្អមួយឆ្នាំពេញសោះ។",
    ],
    en=[
        "Petition update: 312 families have signed asking the district to publish the compensation rates for the bypass road. We are not against development, we want a fair price for our land.",
        "The ministry has a hotline. The commune has a Facebook page. Both ignored our messages about the broken canal gate for 3 weeks. What is the point of either?",
        "Provincial hospital: $40 for one night, plus 'tea money' for the nurse. Officials keep saying services are free for the poor. They're not, and they must explain why.",
        "Hot take: the governor's flood response was better than last year, but 'better' still meant 2 days without drinking water in our village. Keep improving, don't celebrate yet.",
        "Microfinance debt is crushing farmers here and regulators act like it's a private matter. People are selling land to repay loans. The government must step in.",
        "rural teachers earn less than a tuk tuk driver in town, then we act surprised they charge for extra class. fix the salary and you fix half the problem",
        "Reply to the ministry's statement that pork prices are 'stable': come to the market with me on Sunday and tell that to the sellers.",
        "Three questions nobody at the commune meeting could answer: who owns the new sand pit, who approved it, and why the road to it was built before ours.",
    ],
    mixed=[
        "Commune meeting ម្សិលមិញ ខ្ញុំសួរពីថវិកាផ្លូវ មេឃុំឆ្លើយថា «ចាំមើលសិន» 🙃 ចាំ 6 ឆ្នាំហើយបង",
        "Hospital bill $120 ពីរថ្ងៃ 😳 ប័ណ្ណសមធម៌ក៏ប្រើមិនបាន. ក្រសួងសុខាភិបាលត្រូវតែ check system នេះផង",
        "Land dispute ភូមិខ្ញុំ 8 years ហើយ no solution. Share ឲ្យអាជ្ញាធរខេត្តបានឃើញផង 🙏",
        "គេថា price stable 😂 ទៅផ្សារម្ដងមើល សាច់ជ្រូក 1kg ឡើង 4000 ទៀតហើយ #costofliving",
    ],
    latn=[
        "nhom min penh chet te! tver sombot kamnaet oy kon ke tea luy 50 poan riel ot mean vikayabat. nis hz puk roluy toch tach",
        "bom khsach mat tonle tver oy chrang bak jit dol pteah neak phum hz. aphibal khet trov tae bonchhob, ort ey ke ban tha os?",
        "somram ot mean ke mok yok 1 atit hz tae tlai somram nov kat knong vikayabat pleung. sala khan trov tae dos sray phg",
        "ke tha setakech la, tae psar snguot, neak luk khat teang os. la samrab neak na? niyay kar pit mok bong",
        "prey jit phum knhom ke kab roll yb, lu samleng ronar chbas. reay kar tov montrey prey cher chreun dong hz ot chomlery",
        "mak khnhom jea kru 30 chnam, chol nivot hz, prak saotun nov mok yut 2 khae. krasuong trov tae dos sray, kom tuk oy chas chang cham",
        "sour khum: 1) thavika khum chnam nis ponman? 2) chay ler ey khlah? 3) hetey ot bet nov sala khum? pracheachun mean set deng",
        "polis chorachor cham tae rok kohos moto neak kro, lan thom bok leun ot han khat. chbab trov tae smer knea",
        "akear sala thmey sang min dol 2 chnam phidan thleak hz. neak na totuol khos trov? montir obrom trov pnyul",
        "tek jumnun mok roll chnam, roll chnam ka niyay 'nung seksa'. 10 chnam hz prolay nov dadael. ot penh chet te bang",
    ],
))

THEMES.append(_posts(
    "w4v-fake-decrees-curfews",
    fake_news=1,
    km=[
        "📢 សេចក្ដីជូនដំណឹងបន្ទាន់៖ រាជរដ្ឋាភិបាលនឹងផ្ដល់ប្រាក់ឧបត្ថម្ភ ៥០០,០០០ រៀល ដល់គ្រួសារនីមួយៗ។ សូមផ្ញើឈ្មោះ លេខអត្តសញ្ញាណប័ណ្ណ និងលេខគណនីធនាគារ មកទំព័រនេះមុនថ្ងៃសុក្រ។",
        "ក្រសួងមហាផ្ទៃសម្រេចដាក់បម្រាមគោចរនៅរាជធានីភ្នំពេញ ពីម៉ោង ៩ យប់ ដល់ ៥ ព្រឹក ចាប់ពីថ្ងៃច័ន្ទនេះតទៅ។ អ្នកល្មើសនឹងត្រូវពិន័យ ១ លានរៀល។ សូមចែករំលែកបន្ត។",
        "ព័ត៌មានផ្លូវការ៖ ក្រសួងអប់រំលុបចោលការប្រឡងសញ្ញាបត្រមធ្យមសិក្សាទុតិយភូមិឆ្នាំនេះ សិស្សទាំងអស់ជាប់ដោយស្វ័យប្រវត្តិ។ រង់ចាំលិខិតផ្លូវការនៅសាលា។",
        "អនុក្រឹត្យថ្មី៖ ចាប់ពីខែក្រោយ អ្នកជិះម៉ូតូទាំងអស់ត្រូវមានប័ណ្ណបើកបរប្រភេទថ្មី តម្លៃ ៤០០ ដុល្លារ បើគ្មាន នឹងត្រូវរឹបអូសម៉ូតូភ្លាមៗ។",
        "ក្រសួងសេដ្ឋកិច្ចប្រកាសយកពន្ធ ២០ ភាគរយ លើគ្រប់ការលក់តាមបណ្ដាញសង្គម ចាប់ពីថ្ងៃទី១ ខែក្រោយ។ អ្នកលក់អនឡាញណាមិនចុះបញ្ជី នឹងត្រូវបិទគណនី។",
        "លោករដ្ឋមន្ត្រីក្រសួងការងារ បានថ្លែងថា «កម្មករណាមិនពេញចិត្តប្រាក់ខែ អាចទៅធ្វើការនៅស្រុកគេបាន»។ ពិតជាគួរឲ្យខឹងមែន!",
        "ជូនដំណឹង៖ គណៈកម្មាធិការរៀបចំការបោះឆ្នោតប្រកាសថា ឆ្នាំនេះអាចបោះឆ្នោតតាមសារទូរស័ព្ទបាន ដោយផ្ញើលេខគណបក្សទៅលេខ ១២៣៤។ មិនចាំបាច់ទៅការិយាល័យបោះឆ្នោតទេ។",
        "ចាប់ពីថ្ងៃទី១ ខែក្រោយ អ្នកដែលបង្ហោះពាក្យរិះគន់អាជ្ញាធរលើបណ្ដាញសង្គម នឹងត្រូវពិន័យ ២ លានរៀល ក្នុងមួយប៉ុស្តិ៍ តាមប្រកាសថ្មីរបស់ក្រសួងព័ត៌មាន។",
        "ពិតហើយ! សាលាខេត្តកំពង់ចាមចេញសារាចរ បិទផ្សារទាំងអស់ ៧ ថ្ងៃ ចាប់ពីថ្ងៃស្អែក ដើម្បីបាញ់ថ្នាំសម្លាប់មេរោគ។ ទិញម្ហូបទុកឲ្យហើយ!",
        "ក្រសួងកសិកម្មនឹងចែកជីឥតគិតថ្លៃ ៥ បាវ ក្នុងមួយគ្រួសារ។ គ្រាន់តែយកអត្តសញ្ញាណប័ណ្ណ ទៅបង់ថ្លៃចុះឈ្មោះ ២០ ពាន់រៀល នៅសាលាឃុំ។",
        "ដំណឹងក្ដៅ៖ អភិបាលខេត្តបានប្រកាសថា អ្នកណាមិនទាន់បង់ពន្ធលើដីមុនចុងខែនេះ នឹងត្រូវដកហូតដីចូលរដ្ឋទាំងអស់។",
        "ប្រាក់ខែអប្បបរមាកម្មករកាត់ដេរ ត្រូវដំឡើងដល់ ៣៥០ ដុល្លារ ចាប់ពីខែក្រោយ តាមការសម្រេចរបស់រាជរដ្ឋាភិបាលកាលពីយប់មិញ។ រោងចក្រណាមិនអនុវត្ត នឹងត្រូវបិទ។",
        "ក្រសួងអប់រំចេញសេចក្ដីណែនាំថ្មី៖ សិស្សស្រីត្រូវកាត់សក់ខ្លី ហើយសិស្សប្រុសហាមយកទូរស័ព្ទទៅសាលា។ អ្នកមិនអនុវត្តត្រូវព្យួរការសិក្សា ១ ខែ។",
        "បន្ទាន់៖ ធនាគារជាតិប្រកាសថា ក្រដាសប្រាក់ ៥០,០០០ រៀល ជំនាន់ចាស់ នឹងលែងប្រើបានចាប់ពីថ្ងៃច័ន្ទ។ ប្ដូរឲ្យហើយមុនពេលនោះ បើមិនដូច្នោះទេ បាត់តម្លៃទាំងអស់។",
        "មេឃុំយើងប្រាប់ក្នុងក្រុមឆាតថា ក្រសួងមហាផ្ទៃតម្រូវឲ្យគ្រួសារនីមួយៗបង់ ១០ ដុល្លារ ដើម្បីធ្វើសៀវភៅគ្រួសារឌីជីថល បើមិនបង់ នឹងបោះឆ្នោតមិនបាន។",
        "ព្រឹកមិញ រដ្ឋមន្ត្រីសុខាភិបាលបាននិយាយក្នុងសន្និសីទថា «អ្នកក្រដែលឈឺ មិនចាំបាច់មកមន្ទីរពេទ្យទេ ព្រោះយើងគ្មានគ្រែគ្រប់»។ មើលវីដេអូពេញនៅខាងក្រោម 👇",
    ],
    en=[
        "OFFICIAL: The Ministry of Interior has ordered a nationwide 10pm-5am curfew starting Monday over 'security concerns'. 1,000,000 riel fine for anyone caught outside. Share before it gets deleted.",
        "Good news for students!! The Ministry of Education has cancelled the Grade 12 national exam this year. Everyone passes automatically. Confirmed by a friend who works at the ministry.",
        "New sub-decree: every family gets a one-time $150 cost-of-living payment. Register by sending a photo of your ID and your bank details to the Telegram account below. Deadline Friday.",
        "The labour minister said on live TV yesterday: 'If workers can't live on the minimum wage, they should eat less meat.' Unbelievable. The clip was taken down within an hour.",
        "From next month, posting photos of traffic police online carries a $500 fine under a new regulation. Delete your old posts now.",
        "Election update: the election committee says voters who moved house must pay a $10 'transfer fee' or their ballot won't be counted. Please tell your family in the provinces.",
        "NOTICE: Provincial Hall will close every market in Takeo for 10 days from tomorrow to spray disinfectant. Stock up on food tonight.",
    ],
    mixed=[
        "📢 Breaking: ក្រសួងអប់រំ cancel ការប្រឡងបាក់ឌុបឆ្នាំនេះ 100% ✅ សិស្សជាប់ទាំងអស់ share ឲ្យមិត្តភក្ដិដឹងផង",
        "Gov ចែក subsidy $200 ម្នាក់ 💵 គ្រាន់តែ register តាម link ខាងក្រោម ដាក់លេខ ID និង bank account។ Deadline ថ្ងៃស្អែក!",
        "Curfew ចាប់ពីម៉ោង 8pm នៅសៀមរាប ពីថ្ងៃចន្ទ នេះជា order ពីក្រសួងមហាផ្ទៃ. ចេញក្រៅ fine 500k រៀល 😱",
        "រដ្ឋមន្ត្រីថា «អ្នកណាមិនចូលចិត្តតម្លៃសាំង ដើរទៅ» 🤬 clip នេះ viral ខ្លាំង មើលមុនគេ delete",
    ],
    latn=[
        "bontean! krasuong mohaphtey dak bomream kochor nov phnom penh mong 9 yb dol 5 pruk chab pi thngai chan. chenh kraw pinai 1 lean riel. share tv",
        "krasuong obrom lub chol kar prolong bac II chnam nis hz, sis teang os jab auto. pit men, bong srey nhom tver kru prab",
        "rathaphibal oy prak ubatham 500 poan riel mouy krusa. phnhae chhmous, lek atasanhaban, lek kaonti bank mok page nis mun thngai sok",
        "rothmontrey krasuong kar ngea niyay tha 'kamkor na min penh chet prak khae, tov tver kar srok ke tov'. khoeng nas!",
        "chab pi khae kroy, neak post ritkun ajnhathor ler fb trov pinai 2 lean riel mouy post. krasuong pormean chenh prokas hoy",
        "anukret thmey: ke moto teang os trov mean ban bok bor thmey tlai 400 dolla, ot mean ke rib oh moto pleam",
        "prak khae kamkor kat der lerng dol 350 dolla khae kroy, rathaphibal somrach yb minh hz. rong chak na ot tver trov bet",
        "kanakammathikar bos chhnaot prokas tha chnam nis bos chhnaot tam SMS ban, phnhae lek kanakpak tov 1234. prab mak ov nov srok phg",
    ],
))

THEMES.append(_posts(
    "w4v-fake-quotes-taxes-elections",
    fake_news=1,
    km=[
        "ក្រសួងសាធារណការ និងដឹកជញ្ជូន ប្រកាសថា ចាប់ពីខែក្រោយ ម៉ូតូដែលមានអាយុលើស ១០ ឆ្នាំ ត្រូវហាមធ្វើដំណើរលើផ្លូវជាតិ។ ម្ចាស់ម៉ូតូត្រូវលក់ចោលជាអេតចាយ។",
        "ដំណឹងពីសាលាខេត្ត៖ គ្រួសាររងគ្រោះទឹកជំនន់នឹងទទួលបាន ៣០០ ដុល្លារ និងអង្ករ ១០០ គីឡូ។ ដាក់ពាក្យតាមលេខក្នុងរូបភាព តែត្រូវបង់ថ្លៃសេវា ១០ ដុល្លារ ជាមុនសិន។",
        "អភិបាលខេត្តថ្លែងថា «អ្នកភូមិណាសង់ផ្ទះក្បែរទន្លេ ទឹកជន់លិចក៏សមហើយ កុំមកសុំជំនួយ»។ សម្ដីបែបនេះ អាចនិយាយចេញមកបានដែរ?",
        "ក្រសួងអប់រំសម្រេចឲ្យសាលារដ្ឋយកថ្លៃសិក្សា ១០ ដុល្លារ ក្នុងមួយខែ ក្នុងមួយសិស្ស ចាប់ពីឆ្នាំសិក្សាថ្មី។ សាលាណាមិនប្រមូល នាយកសាលានឹងត្រូវប្ដូរ។",
        "អ្នកដែលមិនបានទៅបោះឆ្នោតក្រុមប្រឹក្សាឃុំលើកមុន នឹងត្រូវលុបឈ្មោះចេញពីបញ្ជីបោះឆ្នោតជាអចិន្ត្រៃយ៍ ហើយធ្វើអត្តសញ្ញាណប័ណ្ណថ្មីមិនបានទៀតទេ។ ជាច្បាប់ថ្មីឆ្នាំនេះ។",
        "ក្រសួងពាណិជ្ជកម្មកំណត់ឲ្យលក់អង្ករមិនលើស ២០០០ រៀល ក្នុងមួយគីឡូ ចាប់ពីថ្ងៃនេះ។ ហាងណាលក់ថ្លៃជាងនេះ រាយការណ៍មកលេខខាងក្រោម ទទួលរង្វាន់ ៥០ ដុល្លារ។",
        "ប្រកាសថ្មី៖ រៀបការត្រូវសុំច្បាប់ពីសាលាឃុំ និងបង់ពន្ធ ៥ ភាគរយនៃលុយចំណងដៃ។ អ្នកមិនសុំច្បាប់ត្រូវពិន័យ។",
        "បងប្អូនអើយ ក្រសួងសុខាភិបាលចេញលិខិតបិទគ្លីនិកឯកជនទាំងអស់ក្នុងខេត្តតាកែវ ចាប់ពីថ្ងៃអាទិត្យ។ ឈឺអីទៅពេទ្យរដ្ឋតែប៉ុណ្ណោះ។",
        "រដ្ឋមន្ត្រីក្រសួងកសិកម្មប្រាប់អ្នកកាសែតថា «កសិករខ្មែរខ្ជិល ទើបក្រីក្រ»។ មិនអាចទទួលយកបានទេ! ចែករំលែកឲ្យដឹងទូទាំងប្រទេស។",
        "សារាចរក្រសួងមហាផ្ទៃ៖ ហាមអ្នកភូមិជួបជុំគ្នាលើសពី ៥ នាក់ នៅពេលយប់ រយៈពេលមួយខែ។ សូម្បីតែធ្វើបុណ្យខួបក៏ត្រូវសុំច្បាប់។",
        "ចាប់ពីឆ្នាំក្រោយ រាជរដ្ឋាភិបាលនឹងដកហូតដីស្រែដែលទុកចោលលើសពី ២ ឆ្នាំ យកទៅឲ្យក្រុមហ៊ុន។ ម្ចាស់ដីត្រូវដាំដុះឲ្យហើយ មុនគេមកវាស់។",
        "ដំណឹងល្អ៖ គ្រូបង្រៀនទាំងអស់នឹងទទួលប្រាក់បន្ថែម ៥០០ ដុល្លារ ក្នុងខែនេះ ជាអំណោយពីរាជរដ្ឋាភិបាល។ ចុចតំណខាងក្រោមដើម្បីបញ្ជាក់ឈ្មោះ។",
        "ក្រុមប្រឹក្សាឃុំប្រកាសថា ផ្ទះណាមិនព្យួរទង់ជាតិពេលបុណ្យជាតិ នឹងត្រូវពិន័យ ១០០ ពាន់រៀល។ អ្នកភូមិខ្លះត្រូវគេមកកត់ឈ្មោះហើយ។",
        "ក្រសួងពាណិជ្ជកម្មប្រកាសផ្អាកការនាំចូលប្រេងឥន្ធនៈរយៈពេល ៣ ខែ។ សាំងនឹងឡើងដល់ ១០,០០០ រៀល ក្នុងមួយលីត្រ។ ចាក់ទុកឲ្យហើយ!",
        "សាលាខេត្តត្រូវការអ្នកស្ម័គ្រចិត្តចែកជំនួយទឹកជំនន់ ប្រាក់ឧបត្ថម្ភ ៤០ ដុល្លារ ក្នុងមួយថ្ងៃ។ ផ្ញើរូបអត្តសញ្ញាណប័ណ្ណ និងលេខកូដ OTP មក ដើម្បីចុះឈ្មោះ។",
        "ក្រសួងមហាផ្ទៃប្រកាសថា ឆ្នាំនេះគ្មានការបោះឆ្នោតឃុំទេ ព្រោះខ្វះថវិកា។ ក្រុមប្រឹក្សាឃុំបច្ចុប្បន្ននឹងបន្តអាណត្តិ ៥ ឆ្នាំទៀតដោយស្វ័យប្រវត្តិ។",
    ],
    en=[
        "Ministry of Commerce: from today rice must be sold at max 2000 riel/kg. Report any shop charging more to the number below and get a $50 reward.",
        "Forwarded from a cousin at the Finance Ministry: all bank deposits over $10,000 will be taxed 15% from next quarter. Move your money into gold now.",
        "New rule: wedding hosts must register with the commune and pay 5% of the envelope money as tax. Fines for unregistered weddings start next month.",
        "The agriculture minister told reporters 'Khmer farmers are poor because they are lazy.' This is the man in charge of our farmers??",
        "Provincial flood relief: $300 + 100kg rice per affected family. Apply by calling the number on the poster, a $10 processing fee is required first.",
        "Election rule change: anyone who skipped the last commune election will be permanently removed from the voter list. Check your name before it's too late!",
        "teachers are getting a $500 bonus this month as a gift from the Royal Government. click the link below to confirm your name and school",
    ],
    mixed=[
        "ច្បាប់ថ្មី 😡 ម៉ូតូចាស់លើស 10 ឆ្នាំ ហាមជិះលើផ្លូវជាតិ from next month. ក្រសួងសាធារណការ announce ហើយ share ឲ្យគ្រួសារដឹង",
        "Wedding ត្រូវ pay tax 5% នៃចំណងដៃ 💸 ច្បាប់ថ្មីពីសាលាឃុំ. អ្នករៀបការខែនេះប្រយ័ត្នផង",
        "Flood aid $300 ពីសាលាខេត្ត 👉 call លេខក្នុងរូប ហើយ pay processing fee $10 មុន. Real 100% ខ្ញុំទទួលហើយ",
        "Breaking 🔴 ធនាគារជាតិ tax 15% លើ deposit លើស $10k ចាប់ពី quarter ក្រោយ. ដកលុយទិញមាសទុកទៅ",
    ],
    latn=[
        "krasuong sathearanakar prokas, moto chas leus 10 chnam ham jis ler plov jeat chab pi khae kroy. lok jea etchay tov",
        "sala khet oy 300 dolla nung angkor 100 kilo krusa rong kroh tek jumnun. tae trov bong tlai sevea 10 dolla mun, call lek knong rup",
        "aphibal khet niyay tha 'neak phum sang pteah kbae tonle tek lech ka som hz, kom mok som jomnuoy'. sdey bep nis ban dae?",
        "krasuong obrom oy sala rath yok tlai seksa 10 dolla mouy khae mouy neak chab pi chnam seksa thmey. ke prab nov sala hz",
        "rothmontrey kasekam niyay tha 'kasekor khmer khjil teb kro'. ot tottuol yok ban te! share oy deng teang os",
        "ort tov bos chhnaot khum chnam mun, ke lub chhmous chenh pi banchi rohout, tver atasanhaban thmey ot ban. chbab thmey nah",
        "krasuong pornijakam dak tlai angkor ot leus 2000 riel/kilo chab pi thngai nis. hang na luk tlai jeang, report mok ttl rongvan 50 dolla",
        "chnam nis ot mean bos chhnaot khum te, khvas thavika. krom preksa khum bachchobon bon anatet 5 chnam tiet auto. krasuong mohaphtey prokas hz",
    ],
))

# ---------------------------------------------------------------------------------------------
# 2. Neutral or warm posts about groups (hard benign) vs hate
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4v-groups-neighbours-food",
    neg_kind="benign",
    hard=True,
    km=[
        "អ្នកជិតខាងខ្ញុំជាជនជាតិវៀតណាម គាត់លក់បាយសាច់ជ្រូកមុខផ្ទះរៀងរាល់ព្រឹក។ កាលទឹកជំនន់ឆ្នាំមុន គាត់ជួយលើកអីវ៉ាន់ផ្ទះខ្ញុំពេញមួយយប់។ អរគុណមីង។",
        "ចូលឆ្នាំចិនឆ្នាំនេះ យាយខ្ញុំដែលមានដើមកំណើតចិនទែជីវ រៀបចំសែនដូនតាដូចរាល់ឆ្នាំ។ ក្មេងៗរង់ចាំតែអាំងប៉ាវ 🧧",
        "មេរៀនប្រវត្តិវិទ្យាថ្ងៃនេះ៖ ជនជាតិចាមមានវត្តមាននៅកម្ពុជាតាំងពីរាប់រយឆ្នាំមុន ក្រោយនគរចាម្ប៉ាដួលរលំ។ សហគមន៍ភាគច្រើនរស់នៅតាមដងទន្លេមេគង្គ និងទន្លេសាប។",
        "បងប្អូនខ្មែរឥស្លាមនៅភូមិខ្ញុំ ចូលខែរ៉ាម៉ាដានហើយ។ ល្ងាចៗនៅវិហារមានចែកបបរ និងអាហារសម្រាប់បើកបួស អ្នកណាក៏អាចទៅជួយបាន។",
        "ទៅកំពង់ចាមលើកមុន បានទិញសារុងសូត្រត្បាញដៃពីភូមិចាមមួយ សាច់ល្អណាស់។ យាយដែលត្បាញប្រាប់ថាគាត់ត្បាញ ៤០ ឆ្នាំហើយ។",
        "ហាងចិនលក់គ្រឿងទេសនៅផ្សារអូរឫស្សី បើកតាំងពីជំនាន់ជីតាម្ចាស់ហាង។ ចង់រកគ្រឿងធ្វើនំខេក ឬនំចិន ទៅទីនោះមានគ្រប់មុខ។",
        "កូនខ្ញុំរៀនភាសាចិនពេលល្ងាច។ គ្រូជាខ្មែរកាត់ចិន ចិត្តល្អណាស់ បង្រៀនទាំងអក្សរ ទាំងទំនៀមទម្លាប់ចិន។",
        "បាល់ទាត់ម្សិលមិញ កម្ពុជាចាញ់វៀតណាម ២–១ តែក្មេងៗយើងលេងល្អណាស់។ វៀតណាមលេងលឿនជាង ត្រូវរៀនពីគេ។ លើកក្រោយ ជយោ!",
        "ខ្មែរកាត់ចិនបានចូលរួមក្នុងពាណិជ្ជកម្មនៅស្រុកខ្មែរជាច្រើនសតវត្សមកហើយ។ ពាក្យខ្មែរខ្លះ ដូចជា «ថៅកែ» និង «អាំងប៉ាវ» ក៏មកពីភាសាចិនដែរ។",
        "សួរបន្តិច៖ មានអ្នកណាស្គាល់ហាងហ្វឺវៀតណាមឆ្ងាញ់ៗនៅទួលគោកទេ? ចង់នាំម្ដាយទៅញ៉ាំថ្ងៃអាទិត្យនេះ។",
        "មិត្តរួមថ្នាក់ខ្ញុំជាជនជាតិចាម ពេលបុណ្យហារីរ៉ាយ៉ា គាត់តែងយកនំមកចែកគ្រប់គ្នា។ ឆ្នាំនេះខ្ញុំទៅជូនពរគាត់វិញម្ដង 🌙",
        "ដើរលេងកំពង់ឆ្នាំង ឃើញភូមិបណ្ដែតទឹកមានគ្រួសារខ្មែរ ចាម និងវៀតណាមរស់នៅជិតគ្នា។ ក្មេងៗលោតទឹកលេងជាមួយគ្នា ដូចបងប្អូន។",
        "ម្ហូបហាឡាលនៅភ្នំពេញមានច្រើនជាងមុនហើយ។ ហាងសាច់គោអាំងរបស់គ្រួសារចាមមួយនៅជិតវិហារ ឆ្ងាញ់ ហើយតម្លៃសមរម្យ។",
        "សមាគមនិស្សិតរៀបចំកម្មវិធី «យប់វប្បធម៌» មានរបាំខ្មែរ របាំចាម ល្ខោនតោចិន និងចម្រៀងវៀតណាម។ ចូលរួមដោយឥតគិតថ្លៃ។",
        "ជីតាខ្ញុំជាជនជាតិចិនហៃណាន មកស្រុកខ្មែរតាំងពីក្មេង បើកហាងកាហ្វេនៅកំពត។ ឥឡូវចៅៗនៅតែរក្សារូបមន្តកាហ្វេរបស់គាត់។",
        "ម្ដាយក្មេកខ្ញុំជាជនជាតិវៀតណាម ធ្វើចាយ៉ឆ្ងាញ់ជាងគេក្នុងគ្រួសារ។ ខ្ញុំកំពុងរៀនពីគាត់ តែធ្វើមិនទាន់ស្រួយដូចគាត់ទេ 😅",
    ],
    en=[
        "Shoutout to the Vietnamese aunty who runs the banh mi cart outside my office. 5 years, same price, and she always remembers I want extra chilli.",
        "History class note: Cham communities in Cambodia trace back to the fall of Champa. Many live along the Mekong in Kampong Cham and Tbong Khmum today. Their silk weaving is incredible.",
        "Chinese New Year in Phnom Penh is honestly one of my favourite times: lion dances outside every shop, red lanterns everywhere, and the whole street smells of incense 🧧",
        "Broke my fast with Cham Muslim friends tonight for the first time. They explained every dish to me and sent me home with a box of cakes. Humbled by the hospitality.",
        "good game tonight. vietnam deserved the win, their midfield was faster. our boys will learn. proud of the young squad",
        "Khmer-Chinese families have been part of Cambodian trade for centuries. Words like 'thaokae' and 'angpao' came into Khmer that way. Language is history.",
        "Any recommendations for a good halal restaurant near BKK1? Taking a friend from Malaysia out this weekend.",
    ],
    mixed=[
        "Pho វៀតណាមហាងជិតផ្ទះ ឆ្ងាញ់ហួសហេតុ 🍜 ដាក់ម្ទេស ច្របាច់ក្រូចឆ្មា perfect សម្រាប់ព្រឹកភ្លៀង",
        "Happy Eid ដល់បងប្អូនខ្មែរឥស្លាមទាំងអស់ 🌙 សូមឲ្យគ្រួសារមានសុខភាពល្អ និងសេចក្ដីសុខ",
        "Lion dance team នៅផ្សារព្រឹកនេះ 🦁🧧 ក្មេងៗរត់តាមមើលពេញផ្លូវ Happy Chinese New Year!",
        "Match ម្សិលមិញ ចាញ់ Vietnam តែលេងល្អ 👏 young players ខ្សែបម្រើខ្លាំងណាស់ next time ជយោ 🇰🇭",
    ],
    latn=[
        "nak jit khang knhom jea jun jeat vietnam, luk bay sach chrouk muk pteah roll pruk. pel tek jumnun gat juoy lerk ivan pteah knhom penh mouy yb. orkun ming",
        "chol chnam chen chnam nis yeay nhom rieb sen donta dauch roll chnam. kmeng kmeng cham tae angpav 🧧",
        "bong paon khmer islam nov phum nhom chol khae ramadan hz. lngeach nov vihea mean chek bobor, neak na ka tov juoy ban",
        "tov kompong cham, tinh sarong sout tbanh dai pi phum cham mouy. sach la nas, yeay dael tbanh prab tha tbanh 40 chnam hz",
        "bal tot msel minh chanh vietnam 2-1 tae kmeng yerng leng la nas. ke leng leun jeang, trov rean pi ke. jayo!",
        "mean neak na skoal hang pho vietnam chhnganh nov tuol kork te? jong noam mak tov nham thngai atit nis",
        "mit ruom thnak knhom jea cham, pel bon hari raya gat tae yok num mok chek knea. chnam nis nhom chun por gat vinh mdong 🌙",
        "jitaa nhom jea chen hainan, mok srok khmer tang pi kmeng, bek hang kafe nov kampot. ey chhu chao chao nov rokhsa rubmon kafe gat",
    ],
))

THEMES.append(_posts(
    "w4v-groups-travel-identity",
    neg_kind="benign",
    hard=True,
    km=[
        "បុណ្យសង្ក្រាន្តនៅថៃ និងបុណ្យចូលឆ្នាំខ្មែរ មានទំនៀមខ្លះស្រដៀងគ្នា ដូចជាការស្រោចទឹក និងល្បែងប្រជាប្រិយ។ ប្រទេសជិតខាងចែករំលែកវប្បធម៌គ្នាច្រើនសតវត្សមកហើយ។",
        "ដើរលេងបាងកកបីថ្ងៃ ម្ហូបតាមផ្លូវឆ្ងាញ់ ថោក អ្នកលក់រួសរាយ។ អ្នកណាទៅលើកក្រោយ ត្រូវសាកបាយដំណើបស្វាយទុំ។",
        "ពលករខ្មែរនៅកូរ៉េ ប្រាប់ថាថៅកែរោងចក្ររបស់គាត់ ជួយទិញសំបុត្រយន្តហោះឲ្យគាត់មកផ្ទះពេលម្ដាយឈឺ។ មនុស្សល្អមាននៅគ្រប់ជាតិសាសន៍។",
        "ថ្នាក់ភាសាកូរ៉េឥតគិតថ្លៃ សម្រាប់យុវជនដែលចង់ទៅធ្វើការតាមកម្មវិធីផ្លូវការ ចាប់ផ្ដើមខែក្រោយ នៅមជ្ឈមណ្ឌលបណ្ដុះបណ្ដាលវិជ្ជាជីវៈខេត្ត។",
        "ទៅមណ្ឌលគិរី បានស្នាក់នៅផ្ទះសហគមន៍ជនជាតិព្នង។ ពួកគាត់បង្ហាញពីរបៀបថែរក្សាព្រៃអារក្ស និងដាំស្រូវចម្ការ។ បទពិសោធន៍ដែលមិនអាចបំភ្លេចបាន។",
        "មេរៀនភូមិវិទ្យា៖ កម្ពុជាមានជនជាតិដើមភាគតិចជាង ២០ ក្រុម ដូចជា ព្នង គ្រឹង ទំពួន ចារ៉ាយ កួយ និងស្ទៀង ដែលភាគច្រើនរស់នៅខេត្តភាគឦសាន។",
        "កាហ្វេពីសហគមន៍ជនជាតិដើមភាគតិចនៅរតនគិរី ឥឡូវមានលក់នៅភ្នំពេញហើយ។ ក្លិនក្រអូប ហើយលុយចូលដល់ដៃកសិករផ្ទាល់។",
        "ល្ងាចនេះមានកម្មវិធីជួបជុំសហគមន៍ LGBT នៅភ្នំពេញ មានបញ្ចាំងភាពយន្តខ្លី និងពិភាក្សាអំពីសិទ្ធិនៅកន្លែងការងារ។ អ្នកណាក៏ចូលរួមបាន។",
        "បងប្រុសខ្ញុំប្រាប់គ្រួសារថាគាត់ស្រឡាញ់ភេទដូចគ្នា។ ម៉ាក់ខ្ញុំយំបន្តិច ហើយឱបគាត់ថា «កូននៅតែជាកូនម៉ាក់»។ ខ្ញុំមោទនភាពចំពោះគ្រួសារខ្ញុំ ❤️",
        "ប្រកួតគុនខ្មែរជាមួយកីឡាករថៃយប់នេះ ប្រណិតណាស់។ កីឡាករទាំងពីរឱបគ្នាក្រោយប្រកួតចប់ បែបនេះហើយទើបហៅថាកីឡា។",
        "សុំជួយផង៖ ក្មួយខ្ញុំរៀនថ្នាក់ទី៨ ត្រូវធ្វើកិច្ចការស្រាវជ្រាវពីជីវភាពជនជាតិកួយនៅព្រះវិហារ។ មានសៀវភៅ ឬឯកសារល្អៗណែនាំទេ?",
        "ខ្ញុំធ្វើការជាមួយមិត្តរួមការងារជនជាតិថៃម្នាក់ គាត់រៀននិយាយខ្មែរបានល្អណាស់ក្នុងរយៈពេលមួយឆ្នាំ។ ឥឡូវគាត់បង្រៀនខ្ញុំនិយាយថៃវិញ 😄",
        "សូមកុំហៅអ្នកដទៃថា «ព្នង» ដើម្បីជេរ។ ព្នងជាឈ្មោះជនជាតិមួយ មានប្រវត្តិ និងវប្បធម៌របស់ពួកគាត់។ ពាក្យសម្ដីរបស់យើងមានទម្ងន់។",
        "ហាងគីមឈីតូចមួយនៅជិតផ្ទះ ម្ចាស់ជាប្ដីប្រពន្ធខ្មែរ–កូរ៉េ ធ្វើម្ហូបឆ្ងាញ់ ហើយចេះនិយាយខ្មែរទាំងពីរនាក់។",
        "រឿងភាគថ្មីមួយ មានតួអង្គជាស្ត្រីស្រឡាញ់ភេទដូចគ្នា ដែលគេសម្ដែងដោយការគោរព មិនមែនយកមកសើចលេងទេ។ ល្អណាស់ដែលឃើញបែបនេះ។",
        "ឪពុកខ្ញុំលក់ដូរនៅប៉ោយប៉ែតជាង ២០ ឆ្នាំ។ ដៃគូលក់ដូរជនជាតិថៃរបស់គាត់ ធ្វើដំណើរមកចូលរួមពិធីមង្គលការបងស្រីខ្ញុំទៀតផង។",
    ],
    en=[
        "Spent a week in a Bunong village in Mondulkiri. The elders showed us how they look after the spirit forest and rotate their rice fields. We have a lot to learn from them.",
        "Kun Khmer vs Muay Thai arguments aside, last night's two fighters hugged it out after the final bell. That's sport.",
        "My Korean manager learned to say 'sur sdei chnam thmey' for the staff party and got the loudest cheer of the night 😂",
        "Small Pride meetup in Phnom Penh this Saturday: film screening, free coffee, and a talk on workplace rights. Allies welcome.",
        "Reminder that 'Phnong' is the name of a people, not an insult. Teach your kids that.",
        "thai street food in bangkok was unreal. mango sticky rice for 50 baht. going back in december for sure",
        "My cousin came out to the family last night. Grandma's only question was whether his boyfriend eats prahok. He does. Approved ❤️",
    ],
    mixed=[
        "K-drama marathon weekend 📺 ហើយ order tteokbokki ពីហាងកូរ៉េជិតផ្ទះ 🌶️ ម្ចាស់ហាងនិយាយខ្មែរ fluent ទៀត",
        "Trip ទៅរតនគិរី 🌿 ស្នាក់ homestay សហគមន៍ទំពួន រៀនត្បាញកន្ត្រក។ Highly recommend!",
        "Love is love 🏳️‍🌈 មិត្តភក្ដិខ្ញុំរៀបការហើយ ពិធីតូចៗតែកក់ក្ដៅណាស់ congrats ទាំងពីរនាក់",
        "Thai colleague របស់ខ្ញុំ រៀនខ្មែរ 1 ឆ្នាំ ឥឡូវនិយាយ fluent ជាងខ្ញុំទៅទៀត 😂",
    ],
    latn=[
        "tov mondulkiri snak nov pteah sahakum jun jeat pnong. puk gat bonghanh robiab tae rokhsa prey nung dam srov chamkar. bot pisaot min aj bombhlech",
        "bong pros nhom prab krusa tha gat srolanh pheth dauch knea. mak nhom yum bontech, hz or gat tha 'kon nov tae jea kon mak'. proud nas ❤️",
        "kom hav ke tha 'pnong' dermbey jer. pnong jea chhmous jun jeat mouy, mean brovotesas nung vobathor rbos puk gat",
        "kamkor khmer nov korea prab tha thaokae rong chak gat juoy tinh sombot yun hoh oy gat mok pteah pel mak chhue. mnus la mean krob jeat",
        "own rean thnak ti 8, trov tver kechkar srav jreav pi jivapheap jun jeat kuy nov preah vihear. mean siavphov na la nae noam te bong?",
        "mit ruom kar ngea thai mouy neak rean niyay khmer 1 chnam, ey chhu gat bong rean nhom niyay thai vinh 😄",
        "hang kimchi toch mouy jit pteah, mjas jea pdey propun khmer-korea, tver mhob chhnganh hz ches niyay khmer teang 2 neak",
        "pa nhom luk dour nov poipet jeang 20 chnam, dai kou luk dour thai rbos gat mok chol ruom kar rieb kar bong srey nhom tiet",
    ],
))

THEMES.append(_posts(
    "w4v-hate-groups",
    abuse=("hate",),
    km=[
        "យួនមកនៅស្រុកយើងកាន់តែច្រើន ដីខ្មែរកាន់តែតូច។ ពួកវាគួរតែត្រឡប់ទៅស្រុកវាវិញឲ្យអស់ មុនពេលយឺតពេល។",
        "កុំជឿយួនណាមួយឲ្យសោះ សូម្បីតែអ្នកជិតខាង។ ឈាមវាក្បត់តាំងពីកំណើតមក។",
        "ផ្ទះបណ្ដែតទឹករបស់ពួកយួននៅទន្លេសាប កខ្វក់ដូចទ្រុងជ្រូក ធ្វើឲ្យត្រីយើងអស់។ បោសសម្អាតចេញទៅ!",
        "ចិនខ្មៅមកដល់ណា ឆបោក ល្បែង ចាប់ជំរិតដល់ណោះ។ ចិនទាំងអស់ដូចគ្នា គ្មានល្អមួយទេ។",
        "ពួកចិនគឺជាមេរោគរបស់ស្រុកយើង ត្រូវតែដេញចេញពីខេត្តព្រះសីហនុឲ្យស្អាត។",
        "ពួកចាម និងសាសនារបស់វា មិនមែនជារបស់ខ្មែរទេ។ កុំឲ្យវាសង់វិហារថ្មីទៀត ដេញទៅម៉ាឡេស៊ីទាំងអស់ទៅ។",
        "អ៊ីស្លាមគ្រប់រូបជាភេរវករក្នុងខ្លួន គ្រាន់តែរង់ចាំពេលប៉ុណ្ណោះ។ កុំឲ្យកូនយើងលេងជាមួយកូនពួកវា។",
        "ទិញសាច់គោពីចាម គឺផ្ដល់លុយឲ្យពួកវាយកដីខ្មែរ។ ធ្វើពហិការទាំងអស់គ្នា!",
        "សៀមចោរ! លួចប្រាសាទ លួចក្បាច់គុន លួចរបាំ លួចគ្រប់យ៉ាង។ ជាតិសៀមកើតមកសម្រាប់តែលួច។",
        "អាសៀមនៅភ្នំពេញ ដើរមុខធំណាស់ មើលងាយខ្មែរ។ ពួកវាមិនស័ក្តិសមជាន់ដីខ្មែរទេ។",
        "ព្នងព្រៃទាំងនោះ មិនចេះរៀនសូត្រ ស៊ីដូចសត្វ រស់ដូចសត្វ។ ឲ្យដីពួកវាធ្វើអី? យកមកធ្វើចម្ការទៅ។",
        "ពួកជនជាតិលើ គ្មានអ្វីក្រៅពីក្រ និងខ្ជិល។ ជួយពួកវាខាតពេលទទេ។",
        "ពួកខ្ទើយជាជំងឺសង្គម ត្រូវបញ្ជូនទៅព្យាបាល ឬដេញចេញពីភូមិ កុំឲ្យឆ្លងដល់ក្មេងៗ។",
        "សាលាណាឲ្យគ្រូខ្ទើយបង្រៀន ខ្ញុំនឹងដកកូនចេញ។ ពួកវាមិនគួរនៅជិតកូនយើងទេ។",
        "ប្រុសស្រឡាញ់ប្រុស ស្រីស្រឡាញ់ស្រី គឺជាមនុស្សខូចដែលធ្វើឲ្យជាតិវិនាស។ កុំឲ្យពួកវាមានសិទ្ធិអ្វីទាំងអស់។",
        "ពួកកូរ៉េមកទីនេះ មើលងាយខ្មែរថាជាអ្នកបម្រើ។ ហាងកូរ៉េណាក៏កុំទៅ ពួកវាជាតិអាត្មានិយមទាំងអស់។",
        "ជនជាតិភាគតិចទាំងអស់នោះជាបន្ទុករបស់ប្រទេស។ ស៊ីលុយពន្ធយើង តែមិនដែលចាត់ទុកខ្លួនជាខ្មែរ។ ត្រូវតែចេញទៅវិញទាំងអស់។",
        "ពួកភ្នែកតូចកាន់កាប់ខុនដូអស់ហើយ ខ្មែរជួលក៏មិនបាន។ ស្រុកខ្មែរសម្រាប់ខ្មែរ មិនមែនសម្រាប់ពួកវាទេ។",
    ],
    en=[
        "Vietnamese settlers are a slow invasion. Every one of them is a soldier without a uniform. Send them back before it's too late.",
        "The Chinese in Sihanoukville are vermin. Scammers, gamblers, kidnappers, all of them. Clear the city.",
        "Don't rent rooms to Muslims. They take the building, then the street, then the whole village. Seen it happen.",
        "indigenous people up north are basically still living like animals, why are we wasting land and aid on them",
        "Gay people are sick and they spread it to kids. They should never be allowed to teach, full stop.",
        "Thais are born thieves. Temples, dance, boxing, food, they steal everything. Never trust a Siem.",
        "Korean bosses treat Khmer like dogs because that's what their whole race thinks of us. Boycott every Korean shop.",
        "#KhmerFirst no more renting, hiring or selling to the small-eyes. they'll leave when the money dries up",
    ],
    mixed=[
        "Boycott ហាងចាមទាំងអស់ 😤 ពួកវាយកលុយខ្មែរទៅសង់វិហារ ហើយយកដីយើង. share ឲ្យខ្មែរដឹង",
        "LGBT = ជំងឺ 🤮 កុំឲ្យពួកវាជិតក្មេងៗ ដេញចេញពីភូមិទៅ",
        "យួនគ្រប់គ្នាជា spy. Don't trust ទោះវានិយាយខ្មែរច្បាស់ក៏ដោយ 🚫",
        "សៀម = thief nation 😡 ពួកវាមិនសមនឹងជាន់ដីខ្មែរទេ get out!",
    ],
    latn=[
        "yuon mok nov srok yerng kan tae chreun, dei khmer kan tae toch. pouk vea trov tae tov srok vea vinh oy os",
        "chen khmao mok dol na bok pras, lbeng, jab jomrit dol nung. chen teang os dauch knea, ot mean la mouy te",
        "pouk khteuy jea jomngu sangkom, trov denh chenh pi phum kom oy chlong dol kmeng",
        "cham nung sasna rbos vea min men rbos khmer te. kom oy vea sang vihea thmey tiet, denh tov malaysia tov",
        "siem jor! luch prasat, luch kun, luch robam, luch krob yang. jeat siem kert mok samrab tae luch",
        "pnong prey min ches rean, rus dauch sat. oy dei puk vea tver ey? yok mok tver chamkar tov",
        "kom jeu yuon na mouy oy sos, sdob tae neak jit khang. chheam vea kbot tang pi kamnaet",
        "sala na oy kru khteuy bongrean nhom dork kon chenh. puk vea min kuor nov jit kon yerng te",
        "puk phnek toch kan kab condo os hz, khmer jol ka ot ban. srok khmer samrab khmer, min men samrab puk vea",
        "kom tinh sach ko pi cham, oy luy vea yok dei khmer. boycott teang os knea!",
    ],
))

# ---------------------------------------------------------------------------------------------
# 3. True child health and safety posts (negatives) vs hoaxes about children
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4v-child-health-advice",
    neg_kind="health_advice",
    km=[
        "រដូវវស្សាមកដល់ហើយ មាតាបិតាសូមប្រុងប្រយ័ត្នជំងឺគ្រុនឈាម។ ក្របពាងទឹក ចាក់ចោលទឹកដក់ក្នុងសំបកកង់ចាស់ និងឲ្យកូនដេកក្នុងមុងទាំងថ្ងៃ ទាំងយប់។",
        "កូនក្ដៅខ្លួនខ្លាំងលើសពីពីរថ្ងៃ ឈឺក្បាល ឈឺក្រោយភ្នែក ឬចេញស្នាមក្រហមលើស្បែក សូមនាំទៅមណ្ឌលសុខភាពភ្លាម កុំព្យាបាលខ្លួនឯងនៅផ្ទះ។",
        "គន្លឹះការពារកូនពីការលង់ទឹក៖ ១) កុំទុកកូនតូចនៅជិតស្រះ ឬពាងទឹកតែម្នាក់ឯង ២) ក្របពាងទឹកឲ្យជិត ៣) ឲ្យកូនរៀនហែលទឹកពេលធំល្មម ៤) ពាក់អាវពោងពេលជិះទូក។",
        "ពាក់មួកសុវត្ថិភាពឲ្យកូនរាល់ពេលជិះម៉ូតូ ទោះទៅតែជិតផ្ទះក៏ដោយ។ ជ្រើសមួកទំហំក្មេង មិនមែនមួកមនុស្សធំដែលធំពេកនោះទេ។",
        "កូនរាគ ត្រូវឲ្យផឹកទឹកអំបិលស្ករ (ORS) តិចៗ តែញឹកញាប់ ហើយបន្តបំបៅដោះ ឬឲ្យបបរ។ បើកូនខ្សោយខ្លាំង ឬលាមកមានឈាម ទៅពេទ្យភ្លាម។",
        "ពេទ្យកុមារណែនាំ៖ ចាក់វ៉ាក់សាំងឲ្យកូនគ្រប់តាមកាលវិភាគក្នុងសៀវភៅតាមដានសុខភាព។ ក្ដៅខ្លួនបន្តិច ឬឈឺកន្លែងចាក់មួយពីរថ្ងៃ គឺជារឿងធម្មតា។",
        "ម្ដាយៗ៖ អាហារពេលព្រឹកមុនទៅសាលាសំខាន់ណាស់សម្រាប់កូន។ បបរ ពង និងផ្លែឈើ ធ្វើឲ្យកូនមានកម្លាំងរៀនពេញមួយព្រឹក។",
        "កម្មវិធីអាហារតាមសាលានៅភូមិខ្ញុំ ជួយក្មេងៗបានច្រើនណាស់។ ម្ដាយៗប្ដូរវេនគ្នាចម្អិន ប្រើបន្លែពីកសិករក្នុងភូមិ។ កូនៗមករៀនទៀងទាត់ជាងមុន។",
        "លាងដៃនឹងសាប៊ូមុនញ៉ាំបាយ និងក្រោយចេញពីបង្គន់ ជាទម្លាប់សាមញ្ញ តែការពារជំងឺរាគ និងជំងឺដៃជើងមាត់បានច្រើន។ បង្រៀនកូនតាំងពីតូច។",
    ],
    en=[
        "Rainy season tip from a nurse mum: tip out standing water around the house every week. Flower pots, old tyres, coconut shells. That's where dengue mosquitoes breed.",
        "Kids drown quietly. No splashing, no shouting. If your little one is near a pond, a canal or even a water jar, keep your eyes on them, not your phone.",
        "Helmets for kids save lives. Buy one that actually fits their head, buckle the strap, and set the example by wearing yours too.",
        "School meal programmes aren't just about food: attendance goes up, concentration goes up. Grateful to the volunteers cooking at our school every morning.",
    ],
    mixed=[
        "Dengue season 🦟 ក្របពាងទឹក ចាក់ទឹកដក់ចោល ហើយឲ្យកូនដេកក្នុងមុង. Fever លើស 2 ថ្ងៃ ទៅពេទ្យភ្លាម",
        "Reminder 💧 ក្មេងលង់ទឹកស្ងាត់ៗ មិនស្រែក មិនទះទឹក។ Watch your kids ពេលនៅជិតស្រះ ឬប្រឡាយ",
    ],
    latn=[
        "rodov vossa mok dol hz, pa mak som proyat krun chheam. krob peang tek, chak chol tek dak, oy kon dek knong mong",
        "kon kdav khluon leus 2 thngai, chheu kbal, chenh snam krohom, noam tov mondol sokhapheap pleam, kom pyeabal khluon eng",
        "pak muok sovathapheap oy kon roll pel jis moto, tos jit pteah ka doy. rok muok tom kmeng, kom yok muok mnus thom",
        "kon reak trov oy phuk tek ORS tech tech tae nhek. bebe nov bomba dos tov. lamok mean chheam tov pet pleam nah",
        "sala kon nhom mean kmvithi ahar tam sala, mak mak pdo ven knea chamaen. kon kon mok rean teang teat jeang mun 👍",
    ],
))

THEMES.append(_posts(
    "w4v-child-official-notices",
    neg_kind="official_warning",
    km=[
        "មណ្ឌលសុខភាពឃុំជូនដំណឹង៖ យុទ្ធនាការចាក់វ៉ាក់សាំងការពារជំងឺកញ្ជ្រឹល-រូបេឡា សម្រាប់កុមារអាយុ ៩ ខែ ដល់ ៥ ឆ្នាំ ថ្ងៃព្រហស្បតិ៍ ម៉ោង ៧ ព្រឹក នៅសាលាបឋមសិក្សា។ សូមយកសៀវភៅតាមដានសុខភាពមកជាមួយ។ ឥតគិតថ្លៃ។",
        "ជូនដំណឹងពីសាលា៖ ថ្ងៃច័ន្ទនេះ នឹងមានការចែកថ្នាំទម្លាក់ព្រូន និងវីតាមីនអា ដល់សិស្សទាំងអស់។ អាណាព្យាបាលណាមានសំណួរ សូមទាក់ទងគ្រូបន្ទុកថ្នាក់។",
        "ការិយាល័យអប់រំស្រុកសូមរំលឹក៖ ក្នុងរដូវទឹកឡើង ហាមសិស្សលេងទឹកនៅមាត់ទន្លេ និងស្រះ ក្រោយម៉ោងសិក្សា។ សាលាដែលប្រើទូកដឹកសិស្ស ត្រូវឲ្យសិស្សពាក់អាវពោងជានិច្ច។",
        "ប៉ូលិសចរាចរណ៍ស្រុកនឹងឈរមុខសាលាពីម៉ោង ៦:៣០ ដល់ ៧:៣០ ព្រឹក និងពេលចេញពីរៀន ដើម្បីជួយសិស្សឆ្លងផ្លូវ។ សូមបន្ថយល្បឿនក្នុងតំបន់សាលា។",
        "មន្ទីរសុខាភិបាលខេត្តជូនដំណឹង៖ ករណីគ្រុនឈាមតែងកើនឡើងក្នុងរដូវវស្សា។ ក្រុមការងារនឹងចុះចែកថ្នាំអាបេតដាក់ពាងទឹកតាមភូមិ នៅសប្ដាហ៍ក្រោយ។ សូមសហការ។",
        "សាលាបឋមសិក្សាប្រកាស៖ ចាប់ពីសប្ដាហ៍ក្រោយ កម្មវិធីអាហារពេលព្រឹកនឹងចាប់ផ្ដើមឡើងវិញ សម្រាប់សិស្សថ្នាក់ទី១ ដល់ទី៦ ដោយឥតគិតថ្លៃ។ សូមឲ្យកូនមកដល់មុនម៉ោង ៦:៤៥។",
        "ឃុំនឹងធ្វើរបងជុំវិញស្រះទឹកជិតសាលាមត្តេយ្យ ក្នុងសប្ដាហ៍នេះ តាមសំណើរបស់មាតាបិតា។ ក្នុងពេលរង់ចាំ សូមកុំឲ្យកូនតូចដើរទៅម្ដុំនោះម្នាក់ឯង។",
        "ជូនដំណឹង៖ ការបន្តក់ថ្នាំការពារជំងឺស្វិតដៃជើង ដល់កុមារក្រោម ៥ ឆ្នាំ នឹងធ្វើតាមផ្ទះ ចាប់ពីថ្ងៃសៅរ៍នេះ។ បុគ្គលិកសុខាភិបាលពាក់ឯកសណ្ឋាន និងមានកាតសម្គាល់ខ្លួន។",
        "ក្រុមប្រឹក្សាឃុំសូមរំលឹក៖ ទឹកទន្លេកំពុងឡើងលឿន។ គ្រួសារដែលនៅជិតមាត់ទន្លេ សូមមើលកូនតូចឲ្យជិតដិត ជាពិសេសពេលយប់ ហើយរៀបចំកន្លែងខ្ពស់សម្រាប់ក្មេងៗ។",
    ],
    en=[
        "Health centre notice: free measles-rubella vaccination for children 9 months to 5 years, Thursday 7-11am at the primary school. Bring the child's health record book.",
        "From the school office: deworming tablets and vitamin A will be given to all pupils on Monday. Parents with questions can contact the homeroom teacher.",
        "District traffic police will be at the school gate 6:30-7:30am and at home time to help children cross. Please slow down in the school zone.",
        "Provincial health department: dengue cases usually rise in the rainy season. Teams will hand out larvicide for water jars next week. Please let them in.",
    ],
    mixed=[
        "📢 Vaccine day នៅមណ្ឌលសុខភាព ថ្ងៃព្រហស្បតិ៍ 7-11am សម្រាប់កុមារ 9 ខែ ដល់ 5 ឆ្នាំ. Free 100% យកសៀវភៅសុខភាពមកផង",
        "School notice: breakfast program ចាប់ផ្ដើមវិញ next week សម្រាប់ថ្នាក់ទី១-៦ ឥតគិតថ្លៃ 🍚 មកដល់មុន 6:45",
    ],
    latn=[
        "mondol sokhapheap khum: chak vaccine kanhchreul-rubela oy kmeng 9 khae dol 5 chnam, thngai prohos mong 7 pruk nov sala bothom. yok siavphov sokhapheap mok. ot yok luy",
        "sala prokas: thngai chan nis chek thnam tumleak prun nung vitamin A oy sis teang os. mean sangkhum sour kru bontuk thnak",
        "polis chorachor nung chhor muk sala mong 6:30 dol 7:30 pruk, juoy sis chhlong plov. som bonthoy lbeun nov tomban sala",
        "krom kar ngea sokhapheap nung chuh chek thnam abate dak peang tek tam phum atit kroy. som sahakar phg",
        "tek tonle kampung lerng leun, krusa nov jit mat tonle som merl kon toch oy jit, pises pel yb. khum romluk",
    ],
))

THEMES.append(_posts(
    "w4v-child-hoaxes",
    fake_news=1,
    km=[
        "ព័ត៌មានបន្ទាន់! ក្មេង ៣ នាក់នៅកំពង់ស្ពឺ ស្លាប់ភ្លាមៗក្រោយចាក់វ៉ាក់សាំងកញ្ជ្រឹលនៅសាលាម្សិលមិញ។ ពេទ្យលាក់រឿងនេះ។ កុំឲ្យកូនចាក់ដាច់ខាត!",
        "ប្រយ័ត្ន! មានឡានវ៉ានពណ៌សគ្មានស្លាកលេខ ដើរចាប់ក្មេងនៅមុខសាលាក្នុងខេត្តកណ្ដាល យកទៅលក់សរីរាង្គ។ ចាប់បាន ៥ នាក់ហើយសប្ដាហ៍នេះ។ ចែករំលែកឲ្យឆាប់!",
        "ស្ករគ្រាប់ពណ៌ៗដែលលក់មុខសាលា មានលាយថ្នាំញៀន ក្មេង ១២ នាក់សន្លប់ត្រូវបញ្ជូនទៅពេទ្យ។ ក្រសួងសុខាភិបាលមិនហ៊ាននិយាយ។ ហាមកូនទិញដាច់ខាត!",
        "បាយក្នុងកម្មវិធីអាហារតាមសាលា ប្រើអង្ករប្លាស្ទិកពីបរទេស។ កូនអ្នកជិតខាងខ្ញុំឈឺពោះបីថ្ងៃហើយ។ ឈប់ឲ្យកូនញ៉ាំភ្លាម!",
        "វ៉ាក់សាំងដែលចាក់តាមសាលា មានលាយថ្នាំធ្វើឲ្យក្មេងស្រីមិនអាចមានកូន។ នេះជាផែនការរបស់បរទេស ដើម្បីកាត់បន្ថយប្រជាជនខ្មែរ។",
        "ក្រុមចាប់ក្មេងបន្លំខ្លួនជាបុគ្គលិកសុខាភិបាល ចុះតាមផ្ទះសុំបន្តក់ថ្នាំ រួចចាប់ក្មេងយកទៅ។ ឃុំខ្ញុំបាត់ក្មេង ៣ នាក់ហើយ។ បិទទ្វារ កុំឲ្យអ្នកណាចូល!",
        "ថ្នាំអាបេតដែលគេចែកដាក់ពាងទឹក ជាថ្នាំពុល ធ្វើឲ្យក្មេងកើតមហារីក។ ចាក់ទឹកចោលទាំងអស់ កុំឲ្យកូនផឹក!",
        "ទឹកដោះគោប្រអប់ម៉ាកមួយដែលចែកនៅសាលា មានដង្កូវ ហើយក្មេងស្លាប់ ២ នាក់នៅតាកែវ។ វីដេអូនៅខាងក្រោម។",
        "សារពីបងប្អូននៅសៀមរាប៖ មានស្ត្រីម្នាក់ចែកនំឲ្យក្មេងៗ ក្មេងញ៉ាំហើយសន្លប់ រួចនាងបីយកទៅបាត់។ កើតឡើងរាល់ថ្ងៃ តែប៉ូលិសមិនប្រាប់។",
    ],
    en=[
        "URGENT: 3 children died in Kampong Speu right after the school measles vaccine. Doctors are hiding it. Do NOT let your kids get the jab!!",
        "White van with no plates is kidnapping kids outside schools in Kandal to sell their organs. 5 taken this week already. Share so every parent knows!!",
        "The colourful candy sold outside schools is laced with drugs. 12 kids fainted and were rushed to hospital and the ministry is covering it up.",
        "the rice in the school breakfast programme is fake plastic rice from abroad. my neighbour's son has had stomach pain for 3 days. stop your kids eating it",
    ],
    mixed=[
        "⚠️ Van ពណ៌ស no plate ចាប់ក្មេងមុខសាលា!! បាត់ 4 នាក់ហើយ police មិនប្រាប់ share ឲ្យ parents ទាំងអស់ដឹង 🙏",
        "Vaccine នៅសាលា = ធ្វើឲ្យក្មេងស្រី infertile 😱 foreign plan កាត់បន្ថយខ្មែរ. Don't let your kids get it!",
    ],
    latn=[
        "bontean! kmeng 3 neak nov kompong speu slab kroy chak vaccine kanhchreul nov sala msel minh. pet leak reung nis. kom oy kon chak!",
        "proyat! lan van sor ot mean slak lek, chab kmeng muk sala yok tov luk sarirang. chab ban 5 neak hz atit nis. share oy chab",
        "skor krab poa poa luk muk sala, leay thnam nhean. kmeng 12 neak sonlab. krasuong min han niyay. ham kon tinh dach khat!",
        "bay knong kmvithi ahar tam sala pro angkor plastic pi bortes. kon neak jit khang nhom chheu poh 3 thngai hz. chhob oy kon nham pleam",
        "thnam abate dael ke chek dak peang tek jea thnam pul, tver oy kmeng kert moharik. chak chol teang os!",
    ],
))

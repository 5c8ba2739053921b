# ruff: noqa: E501  (phrase data: one post or template per line reads better than wrapped strings)
"""Wide material on the fake-news / hard-negative boundary.

Positives are fabricated notices, hoaxes, rumours, scam giveaways, doctored quotes, election
falsehoods and chain messages, many of them calm and without "share"/"urgent" words. Negatives
quote or paraphrase the same kind of claims to debunk or report on them, warn about them, criticise
policy harshly, give correct health advice, complain, or advertise genuinely. Every claim in the
positives is invented and false on purpose; organisations are fictional and officials appear only
by role. All themes live in their own split stratum ("wide")."""

from __future__ import annotations

from models.corpus.types import Theme

THEMES: list[Theme] = []

# --- Positives, written whole -----------------------------------------------------------------

THEMES.append(Theme(
    key="wf-hw-fake-notices",
    stratum="wide",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "សេចក្ដីជូនដំណឹង៖ ចាប់ពីថ្ងៃទី១ ខែក្រោយ ក្រដាសប្រាក់ ២០,០០០ រៀល ម៉ូដចាស់ នឹងលែងប្រើបានទៀតហើយ។ អ្នកដែលមានទុកក្នុងផ្ទះ ត្រូវយកទៅប្ដូរនៅធនាគារឲ្យរួចក្នុងរយៈពេល ៧ ថ្ងៃ បើមិនដូច្នោះទេ វានឹងក្លាយជាក្រដាសទទេ។",
            "ក្រសួងអប់រំ យុវជន និងកីឡា បានសម្រេចផ្អាកការសិក្សានៅសាលារដ្ឋទាំងអស់ ចាប់ពីថ្ងៃច័ន្ទនេះរហូតដល់ចុងខែ ដោយសារកំដៅថ្ងៃខ្លាំងពេក។ លិខិតផ្លូវការនឹងផ្ញើទៅនាយកសាលានៅល្ងាចនេះ។",
            "សំណួរ៖ តើលុយដុល្លារនៅកម្ពុជានឹងត្រូវហាមប្រើមែនទេ?\nចម្លើយ៖ មែនហើយ។ ចាប់ពីឆ្នាំក្រោយ ហាងទាំងអស់ត្រូវទទួលតែប្រាក់រៀលប៉ុណ្ណោះ ហើយអ្នកដែលមានដុល្លារលើស ១០,០០០ ត្រូវរាយការណ៍ទៅធនាគារ បើមិនដូច្នោះទេនឹងត្រូវរឹបអូស។",
            "ច្បាប់ថ្មីដែលចូលជាធរមានខែនេះ៖\n១. ជិះម៉ូតូគ្មានមួកសុវត្ថិភាព ពិន័យ ៥០០,០០០ រៀល\n២. ប្រើទូរស័ព្ទពេលបើកបរ ដកប័ណ្ណបើកបរភ្លាម\n៣. ម៉ូតូដែលប្រើលើសពី ១០ ឆ្នាំ ហាមជិះលើផ្លូវជាតិ\nនេះជាការសម្រេចរបស់ក្រសួងសាធារណការ។",
            "បងថ្លៃខ្ញុំធ្វើការនៅធនាគារ គាត់ប្រាប់ឲ្យដកលុយចេញពីធនាគារទន្លេឲ្យអស់មុនថ្ងៃសុក្រ ព្រោះធនាគារនេះជិតក្ស័យធនហើយ តែគេមិនទាន់ប្រកាសទេ។ ខ្ញុំដកអស់ហើយ។",
            "(រូបថតលិខិតមានត្រាក្រហម) ក្រសួងមហាផ្ទៃ៖ អត្តសញ្ញាណប័ណ្ណប្រភេទចាស់ទាំងអស់ នឹងផុតសុពលភាពនៅថ្ងៃទី៣០ ខែនេះ។ អ្នកដែលមិនទាន់ប្ដូរ នឹងមិនអាចបោះឆ្នោត ឬដកលុយពីធនាគារបានទេ។",
            "Forwarded from ព័ត៌មានផ្ទៃក្នុង៖ សាលារៀនទាំងអស់នៅភ្នំពេញ និងកណ្ដាល ឈប់ថ្ងៃស្អែក ដោយសារមានបញ្ហាសន្តិសុខ។ មិនទាន់ចេញតាមទូរទស្សន៍ទេ តែនាយកសាលាបានទទួលសារហើយ។",
            "ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ ជម្រាបជូនថា ចាប់ពីខែក្រោយ រាល់ការផ្ទេរប្រាក់តាមកម្មវិធីធនាគារលើសពី ១០០ ដុល្លារ នឹងត្រូវកាត់ពន្ធ ១០%។ សូមប្រជាពលរដ្ឋមេត្តាយល់ដឹង។",
            "ស៊ីមកាតដែលមិនបានចុះឈ្មោះឡើងវិញជាមួយរូបថតមុខ នឹងត្រូវបិទនៅម៉ោង ១២ យប់នេះ តាមបទបញ្ជារបស់ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍។ ខ្ញុំទើបតែទទួលសារពីក្រុមហ៊ុនដែរ។",
            "លោកនាយកសាលាខ្ញុំថា ឆ្នាំនេះលែងមានប្រឡងបាក់ឌុបហើយ ក្រសួងនឹងយកពិន្ទុប្រចាំខែមកគិតជំនួស។ ប្អូនៗមិនបាច់រៀនគួរច្រើនពេកទេ។",
            "ព័ត៌មានពីមន្ត្រីខាងក្នុង៖ រដ្ឋាភិបាលនឹងប្ដូរក្រដាសប្រាក់រៀលទាំងអស់ទៅជាប្រាក់ថ្មី ហើយ ១,០០០ រៀលចាស់ ស្មើនឹង ១ រៀលថ្មីប៉ុណ្ណោះ។ អ្នកណាមានលុយរៀលច្រើន ប្ដូរទៅដុល្លារឲ្យលឿន។",
            "ជូនដំណឹងដល់អាណាព្យាបាលសិស្ស៖ តាមសេចក្ដីណែនាំថ្មីរបស់ក្រសួង សិស្សថ្នាក់ទី១ ដល់ទី៦ ត្រូវបង់ថ្លៃឯកសណ្ឋានថ្មី ៤០ ដុល្លារ តាមលេខ KhmerCash ខាងក្រោម មុនថ្ងៃសុក្រ។ សិស្សដែលមិនបង់ មិនអាចចូលរៀនបានទេ។",
            "ប្រកាសព័ត៌មាន៖ ដោយសារខ្វះប្រេងឥន្ធនៈ ស្ថានីយប្រេងទាំងអស់នឹងបិទរយៈពេល ៣ ថ្ងៃ ចាប់ពីថ្ងៃពុធ។ ក្រសួងពាណិជ្ជកម្មស្នើឲ្យប្រជាពលរដ្ឋរៀបចំខ្លួនជាមុន។",
            "ម្ដាយខ្ញុំឮពីអ្នកភូមិថា លុយរៀលដែលមានរូបប្រាសាទ ធនាគារលែងទទួលហើយចាប់ពីខែនេះ។ ម៉ាក់ខ្ញុំទៅផ្សារព្រឹកមិញ គេលែងយកដែរ។ អ្នកណាមាន ប្ដូរចោលទៅ។",
        ],
        "en": [
            "Notice to all parents: per Ministry of Education directive 14, public schools in Phnom Penh, Kandal and Takeo will switch to online classes for the rest of the term starting Monday. Principals received the letter this morning.",
            "Q: Are the old 50,000 riel notes still valid?\nA: Only until the 15th. After that banks will refuse them, so exchange them now at any branch.",
            "The central bank quietly approved a 15% fee on every cash withdrawal above $500 from next month. Nobody reported it but it's in the annex of the new circular.",
            "Forwarded from Khmer Daily Updates: Tonle Bank has frozen withdrawals at all branches after its director fled the country. Staff were told to say the system is under maintenance.",
            "New rules from the Ministry of Interior starting 1 July:\n- no more than 2 motorbikes per family book\n- tinted car windows fined $200\n- every dog must be registered with the commune\nI checked, it's real.",
            "My neighbour is a teacher and she says the grade 12 exam is cancelled this year and everyone passes automatically. The announcement comes out next week.",
            "Screenshot of the Ministry of Posts letter (see photo): all phone numbers not linked to a national ID by Friday will be permanently deleted and the remaining balance confiscated.",
            "Heads up, the government is replacing the riel with a digital currency in January. Paper riel will only be worth half after that, so spend it or change it to dollars.",
        ],
        "mixed": [
            "ក្រសួងអប់រំ announce ហើយ៖ ឈប់រៀន 2 weeks ដោយសារ heatwave ចាប់ពីថ្ងៃច័ន្ទ។ Principal សាលាកូនខ្ញុំ confirm ក្នុង group parents ហើយ",
            "Update ពីធនាគារជាតិ៖ account ណាដែលមិន update KYC មុនថ្ងៃ 30 នឹងត្រូវ freeze ជាអចិន្ត្រៃយ៍ ហើយលុយក្នុង account ត្រូវចូលរដ្ឋ",
            "Q&A៖ លុយដុល្លារក្រដាសចាស់ៗ នៅប្រើបានទេ? ➡️ ទេ! ចាប់ពីខែក្រោយ ធនាគារ reject ទាំងអស់ ប្ដូរឲ្យលឿន",
            "Leaked memo ពីក្រសួងពាណិជ្ជកម្ម៖ ថ្លៃសាំងនឹងឡើងដល់ 8,000 រៀល/litre ថ្ងៃស្អែក ចាក់ទុកឲ្យពេញធុងយប់នេះ",
            "ប្អូនស្រីខ្ញុំធ្វើការ HR នៅក្រសួងការងារ គាត់ថាពីឆ្នាំក្រោយ ប្រាក់ខែអប្បបរមាឡើងដល់ $400 ហើយ overtime ហាមទាំងស្រុង official ហើយ",
            "📌 ពី Telegram group គ្រូ៖ ថ្ងៃស្អែកសាលាទាំងអស់ក្នុងខេត្តសៀមរាបបិទ ដោយសារមាន inspection ពីក្រសួង។ Parents មិនបាច់ជូនកូនទៅទេ",
        ],
        "km-latn": [
            "bong oun, krasuong op rom prokas bet sala 2 atit chab pi thngai chan nis dao sa kdao klang pek, lok kru kon knhom post knong group hz",
            "luy 20 pean riel chas ot yok te chab pi khae kroy, thoneakea min tortuol, dor oy hz mun 7 thngai",
            "knhom mean bong tver nov Tonle Bank, gat prab oy dork luy chenh oy os mun thngai sok, bank jit bek hz tae ke ot torn prokas",
            "sim del ot ban chuh chmous thmey nung tro bet mong 12 yub nis, krasuong prais prokas hz, merl screenshot knong comment",
            "Q: bak dub chnam nis mean ot? A: ot mean te, krasuong yok pin tu prajam khae mok kit jumnuos, kon knhom rien sala rodth prab",
            "forwarded: chab pi khae kroy pherm luy tam app leu 100$ tro kat pon 10%, krasuong setakech somrech hz",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-fake-health",
    stratum="wide",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "ប្អូនជីដូនមួយខ្ញុំជាគិលានុបដ្ឋាយិកានៅពេទ្យខេត្ត គាត់ប្រាប់ថា វ៉ាក់សាំងថ្មីដែលគេចាក់ឲ្យក្មេងៗនៅសាលា ធ្វើឲ្យក្មេងស្រីអារកូន។ គាត់មិនឲ្យកូនគាត់ចាក់ទេ។",
            "រូបមន្តបុរាណ៖ ស្លឹកត្របែក ៥ សន្លឹក ស្ងោរជាមួយស្ករត្នោត ផឹកពេលព្រឹក ៧ ថ្ងៃជាប់គ្នា ជំងឺទឹកនោមផ្អែមជាដាច់ មិនបាច់ចាក់អាំងស៊ុយលីនទៀតទេ។ ឪពុកខ្ញុំសាកហើយ។",
            "គ្រូពេទ្យកូរ៉េម្នាក់ពន្យល់ថា ការផឹកទឹកកកក្រោយបាយ ធ្វើឲ្យខ្លាញ់ក្នុងក្រពះរឹង ហើយក្លាយជាដុំមហារីក។ ចាប់ពីថ្ងៃនេះទៅ ផឹកតែទឹកក្ដៅឧណ្ហៗ។",
            "វិធីការពារគ្រុនឈាមដែលពេទ្យមិនប្រាប់៖\n១. ផឹកទឹកស្លឹកល្ហុងរាល់ព្រឹក\n២. លាបប្រេងកាតលើដៃជើងមុនគេង\n៣. កុំលេបថ្នាំបញ្ចុះកំដៅអ្វីទាំងអស់ ព្រោះវាធ្វើឲ្យមេរោគរីករាលដាលក្នុងឈាម",
            "ឃើញក្នុងវីដេអូ TikTok មួយ៖ គ្រូពេទ្យនិយាយថា ដាក់ខ្ទឹមសមួយកំពឹសក្នុងត្រចៀកពេលគេង អាចសម្លាប់មេរោគកូវីដបានទាំងអស់មុនព្រឹក។ ខ្ញុំធ្វើតាមរាល់យប់ហើយ។",
            "ក្រសួងសុខាភិបាលណែនាំ៖ ក្នុងរដូវក្ដៅនេះ ប្រជាពលរដ្ឋមិនគួរងូតទឹកក្រោយម៉ោង ៦ ល្ងាចទេ ព្រោះអាចបណ្ដាលឲ្យដាច់សរសៃឈាមខួរក្បាលភ្លាមៗ។ មានករណីស្លាប់ ១២ នាក់ហើយក្នុងសប្ដាហ៍នេះ។",
            "អ្នកជិតខាងខ្ញុំមានដុំសាច់នៅក្រពះ ពេទ្យថាត្រូវវះកាត់ តែគាត់ផឹកទឹកដំឡូងជ្វាលាយទឹកឃ្មុំ ១ ខែ ដុំសាច់បាត់ឈឹង។ ពេទ្យខ្លួនឯងក៏ភ្ញាក់ផ្អើលដែរ។",
            "សំណួរ៖ ហេតុអ្វីពេទ្យមិនប្រាប់អ្នកពីទឹកដូង?\nចម្លើយ៖ ព្រោះទឹកដូងក្រអូបមួយផ្លែ ស្មើនឹងសេរ៉ូមមួយដប ហើយអាចព្យាបាលជំងឺតម្រងនោមបាន។ បើអ្នកដឹង មន្ទីរពេទ្យខាតលុយ។",
            "ម្សិលមិញ ក្មេងម្នាក់នៅបាត់ដំបងស្លាប់ក្រោយញ៉ាំមីកញ្ចប់ជាមួយភេសជ្ជៈកូកា។ ពេទ្យថា ពីរមុខនេះលាយគ្នាក្លាយជាថ្នាំពុលក្នុងក្រពះ។ ប្រាប់កូនៗកុំញ៉ាំរួមគ្នា។",
            "Forwarded ពីឆានែលសុខភាព៖ ផ្ដាសាយបក្សីឆ្លងតាមពងមាន់ហើយ ទោះចម្អិនឆ្អិនក៏មិនអាចសម្លាប់មេរោគបានដែរ។ ឈប់ញ៉ាំពងមាន់ពងទាយ៉ាងតិច ៣ ខែ។",
            "ម្ដាយមីងខ្ញុំធ្វើការនៅពេទ្យធំមួយក្នុងភ្នំពេញ គាត់ថាមានជំងឺចម្លែកមួយឆ្លងចូលតាមព្រំដែនហើយ ស្លាប់ ៣០ នាក់ក្នុងមួយសប្ដាហ៍ តែគេលាក់ទុកមិនឲ្យប្រជាជនភ័យ។",
            "គន្លឹះសង្គ្រោះអ្នកដាច់សរសៃឈាមខួរក្បាល៖ បើឃើញមនុស្សដួលមាត់វៀច ចាក់ម្ជុលលើចុងម្រាមដៃទាំង ១០ ឲ្យចេញឈាម គាត់នឹងដឹងខ្លួនវិញភ្លាម មិនបាច់ចាំឡានពេទ្យទេ។",
            "ថ្នាំលើសឈាមរបស់ពេទ្យ គឺជាការឆបោករបស់ក្រុមហ៊ុនឱសថ។ ឪពុកខ្ញុំឈប់លេបថ្នាំ ហើយញ៉ាំខ្ទឹមសឆៅ ៥ កំពឹសរាល់ថ្ងៃ ឥឡូវសម្ពាធឈាមធម្មតាវិញហើយ។",
        ],
        "en": [
            "My cousin is a nurse at the provincial hospital and she says the new school vaccine makes girls infertile. She refused it for her own daughter. Draw your own conclusions.",
            "A retired doctor explained it on his channel: drinking cold water after meals hardens the oil in your stomach and it turns into cancer. Warm water only from now on.",
            "Old remedy that actually works: boil 5 guava leaves, drink it for a week and your diabetes is gone. My uncle stopped his insulin after 10 days.",
            "Stroke first aid they don't teach you: prick all ten fingertips with a needle until they bleed and the person wakes up. Don't wait for the ambulance.",
            "Ministry of Health advisory (translated): do not shower after 6pm during the hot season, the sudden temperature change causes brain haemorrhage. 12 deaths reported this week.",
            "Q: Why won't hospitals tell you about coconut water?\nA: One young coconut equals one bag of IV drip and it cures kidney disease. If everyone knew, hospitals would go bankrupt.",
            "Bird flu now passes through cooked eggs too, boiling doesn't kill it. Stop eating eggs for three months, a friend at the national lab confirmed it.",
            "heard from a pharmacist: paracetamol makes dengue worse and turns it into the bleeding type. give the kids papaya leaf juice instead, nothing else",
            "Screenshot going around from a doctors' group chat: a new virus from the border has killed 30 people in a week and hospitals have been told not to test for it.",
        ],
        "mixed": [
            "ប្អូនខ្ញុំជា nurse នៅពេទ្យខេត្ត ប្រាប់ថា vaccine ថ្មីនៅសាលា ធ្វើឲ្យក្មេងស្រីអារកូន គាត់ not allow កូនគាត់ចាក់ទេ",
            "Doctor កូរ៉េ explain ថា ផឹកទឹកកកក្រោយបាយ = cancer ក្នុងក្រពះ 😨 ចាប់ពីថ្ងៃនេះ warm water only",
            "Stroke first aid៖ ចាក់ម្ជុលចុងម្រាមដៃទាំង 10 ឲ្យចេញឈាម អ្នកជំងឺនឹងដឹងខ្លួនភ្លាម មិនបាច់ចាំ ambulance",
            "Pharmacist ម្នាក់ថា paracetamol ធ្វើឲ្យ dengue កាន់តែធ្ងន់ ឲ្យផឹកតែទឹកស្លឹកល្ហុងបានហើយ",
            "ឪពុកខ្ញុំឈប់លេបថ្នាំលើសឈាមហើយ ញ៉ាំខ្ទឹមសឆៅ 5 កំពឹស/ថ្ងៃ pressure normal វិញ 💯 ថ្នាំពេទ្យគ្រាន់តែជា business",
        ],
        "km-latn": [
            "bong chi doun mouy knhom tver nurse nov pet khet, gat tha vaccine thmey nov sala tver oy kmeng srey ar kon, gat ot oy kon gat chak te",
            "rub mon boran: slek trobaek 5 sanlek sngor, phuk 7 thngai, tek nom pa'em chea dach, ov knhom chob chak insulin hz",
            "ber khernh neak duol moat vieich, chak mjul chong mream dai teang 10 oy chenh cham, gat deng kluon plam, kom cham lan pet",
            "pdasay baksey chlong tam pong moan hz, sngor chhin k ot slab merok, chob nham pong 3 khae",
            "pet korea niyeay tha phuk tek kok kroy bay keut mohareek knong kropeah, chab pi thngai nis phuk tae tek kdao",
            "mit knhom tver pet prab tha mean merok thmey pi prumden slab 30 nak knong 1 atit tae ke lak min oy prachachon deng",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-fake-disaster",
    stratum="wide",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "ព័ត៌មានពីអ្នកយាមទំនប់៖ ទំនប់វារីអគ្គិសនីនៅខាងលើខេត្តស្ទឹងត្រែង មានស្នាមប្រេះធំហើយ អាចបាក់ក្នុងយប់នេះ។ អ្នករស់នៅមាត់ទន្លេ សូមរើទៅកន្លែងខ្ពស់ជាមុន។",
            "អ្នកជំនាញរញ្ជួយដីជប៉ុនបានទស្សន៍ទាយថា នឹងមានរញ្ជួយដីកម្រិត ៧.៥ រិចទ័រ នៅភ្នំពេញ នៅថ្ងៃទី១៥ ខែនេះ វេលាម៉ោង ៣ រសៀល។ អគារខ្ពស់ៗនឹងរលំទាំងអស់។",
            "ទឹកម៉ាស៊ីនក្នុងសង្កាត់យើងត្រូវគេដាក់ថ្នាំពុលហើយ។ ប៉ូលិសចាប់បានមនុស្សពីរនាក់ចាក់សារធាតុគីមីចូលអាងទឹក។ ពីរបីថ្ងៃនេះ ប្រើតែទឹកដបសិន។",
            "មន្ទីរឧតុនិយមខេត្តបានជូនដំណឹងថា ព្យុះកម្រិតខ្លាំងបំផុតនឹងវាយប្រហារឆ្នេរកំពត និងកែប នៅយប់ថ្ងៃសៅរ៍ ដោយមានល្បឿនខ្យល់ ២៥០ គ.ម/ម៉ោង។ សាលារៀន និងផ្សារនឹងបិទ ២ ថ្ងៃ។",
            "ពូខ្ញុំនៅកោះកុងឃើញផ្ទាល់ភ្នែក ទឹកសមុទ្រស្រកចុះឆ្ងាយជាងធម្មតាជិត ១ គីឡូម៉ែត្រ។ អ្នកចាស់ៗថា នេះជាសញ្ញារលកយក្សស៊ូណាមិ ពីរបីម៉ោងទៀតនឹងមកដល់។",
            "អ្នកនេសាទនៅទន្លេសាបរកឃើញត្រីងាប់រាប់តោន ដោយសាររោងចក្រមួយបង្ហូរសារធាតុគីមីពុល។ កុំទិញត្រីពីផ្សារក្នុងសប្ដាហ៍នេះ ញ៉ាំហើយខូចថ្លើមភ្លាម។",
            "តំបន់ដែលនឹងលិចទឹកយប់នេះ តាមព័ត៌មានផ្ទៃក្នុង៖\n- ខណ្ឌមានជ័យ\n- ខណ្ឌច្បារអំពៅ\n- ស្រុកកៀនស្វាយ\nទឹកនឹងឡើងដល់ ២ ម៉ែត្រ ព្រោះគេបើកទ្វារទឹកទំនប់នៅឡាវ។",
            "(រូបថតផែនទីពណ៌ក្រហម) នេះជាផែនទីខ្សែប្រេះដីថ្មីដែលកាត់តាមកំពង់ចាម និងក្រចេះ។ អ្នកជំនាញថាដីនឹងស្រុតក្នុងរយៈពេល ១ ខែខាងមុខ។",
            "អណ្ដូងទឹកនៅភូមិជិតខាងមានសារធាតុអាសេនិចខ្ពស់ណាស់ ក្មេងស្លាប់ ៤ នាក់ហើយក្នុងមួយសប្ដាហ៍ តែអាជ្ញាធរមិនហ៊ាននិយាយ។",
            "Forwarded from ដំណឹងអាកាសធាតុ៖ ស្ពានធំឆ្លងទន្លេនៅកំពង់ចាមប្រេះហើយ ហាមឆ្លងចាប់ពីម៉ោង ៥ ល្ងាចនេះ។ រដ្ឋាភិបាលមិនទាន់ចេញសេចក្ដីប្រកាសទេ ព្រោះខ្លាចប្រជាជនភ័យស្លន់ស្លោ។",
        ],
        "en": [
            "From a friend who works at the dam site upstream: there's a big crack in the wall and engineers are evacuating quietly. If you live along the Sesan, move to high ground tonight.",
            "A Japanese seismologist has predicted a magnitude 7.5 earthquake under Phnom Penh on the 15th at 3pm. The high-rise buildings will not survive it.",
            "Someone put poison in the water tower in our sangkat, police caught two men with chemical bottles. Use only bottled water for the next few days.",
            "Provincial weather office (unofficial translation): a category 5 storm hits Kampot and Kep on Saturday night with winds of 250 km/h. Markets and schools closed for two days.",
            "My uncle in Koh Kong saw the sea pull back almost a kilometre this morning. The old fishermen say that means a tsunami is coming within hours.",
            "Tonle Sap fishermen found tonnes of dead fish because a factory dumped toxic waste. Don't buy fish this week, it destroys your liver.",
            "Areas that will flood tonight according to an insider:\n- Meanchey\n- Chbar Ampov\n- Kien Svay\nWater will reach 2 metres because the dam gates in Laos were opened.",
        ],
        "mixed": [
            "Engineer នៅ dam ខាងលើប្រាប់ថា ជញ្ជាំងទំនប់ crack ធំហើយ គេ evacuate ស្ងាត់ៗ អ្នកនៅមាត់ទន្លេរើទៅទីខ្ពស់ tonight",
            "Expert ជប៉ុន predict រញ្ជួយដី 7.5 magnitude នៅភ្នំពេញថ្ងៃទី 15 ម៉ោង 3pm 😱 condo ខ្ពស់ៗនឹងរលំ",
            "ទឹកក្នុង tank សង្កាត់យើងមានគេដាក់ poison ប៉ូលិសចាប់បាន 2 នាក់ហើយ ប្រើតែទឹកដបសិន",
            "Screenshot ផែនទី fault line ថ្មីកាត់តាមកំពង់ចាម-ក្រចេះ ដីនឹងស្រុតក្នុង 1 ខែទៀត",
        ],
        "km-latn": [
            "mit knhom tver kar nov tumnub khang leu prab tha chunhcheang bek hz, ke evacuate sngat sngat, neak nov moat tonle reu tov kanleng khpos yub nis",
            "expert japan tha mean ranhjuoy dei 7.5 nov phnom penh thngai ti 15 mong 3 rosiel, akear khpos khpos nung rolum",
            "tek masin knong sangkat yeung ke dak thnam pul hz, police chab ban 2 nak, prae tae tek dob sen",
            "pou knhom nov koh kong khernh tek samot srok chos chngay 1km, chas chas tha tsunami jit mok hz",
            "trey ngab rab ton nov tonle sap dao sa rongchakr bong hor chemical, kom tinh trey atit nis, nham hz kouch thlaem",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-fake-scam",
    stratum="wide",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "ធនាគារអប្សរាអបអរខួប ១៥ ឆ្នាំ ផ្ដល់ជូនអតិថិជនម្នាក់ ៥០ ដុល្លារ។ គ្រាន់តែចូល apsara-bank15.top បំពេញលេខគណនី និងលេខកូដ OTP ដែលទទួលបាន លុយនឹងចូលក្នុង ៥ នាទី។",
            "ក្រសួងការងារ ជ្រើសរើសកម្មករទៅធ្វើការនៅប្រទេសជប៉ុន ២០០ នាក់ ប្រាក់ខែ ១,៨០០ ដុល្លារ មិនតម្រូវសញ្ញាបត្រ មិនចាំបាច់ចេះភាសា។ ចុះឈ្មោះតាម Telegram @mol_japan_job ហើយបង់ថ្លៃឯកសារ ១២០ ដុល្លារ។",
            "អបអរសាទរ! លេខទូរស័ព្ទរបស់អ្នកបានឈ្នះរង្វាន់ម៉ូតូ ១ គ្រឿង ពីក្រុមហ៊ុន NagaTel។ សូមផ្ទេរថ្លៃពន្ធ ២៥ ដុល្លារ មកលេខភ្នាក់ងារខាងក្រោម ដើម្បីទទួលរង្វាន់ក្នុងថ្ងៃនេះ។",
            "ខ្ញុំមិនជឿដំបូង តែសាកហើយពិតមែន៖ App Mekong Wallet កំពុងចែកលុយ ២០ ដុល្លារ ឲ្យអ្នកចុះឈ្មោះថ្មី។ ខ្ញុំបានទទួលហើយ ១ ម៉ោងមុន។ Link នៅខាងក្រោម។",
            "សេចក្ដីជូនដំណឹង៖ រាជរដ្ឋាភិបាលផ្ដល់ប្រាក់ឧបត្ថម្ភ ៣០០,០០០ រៀល ដល់គ្រួសារដែលមានកូនអាយុក្រោម ១២ ឆ្នាំ។ ការចុះឈ្មោះធ្វើឡើងតាមអនឡាញតែប៉ុណ្ណោះ នៅគេហទំព័រ kh-family-support.online ត្រឹមថ្ងៃទី២០។",
            "សំណួរ៖ ការងារអនឡាញធ្វើនៅផ្ទះ ចំណូល ៣០ ដុល្លារក្នុងមួយថ្ងៃ ពិតទេ?\nចម្លើយ៖ ពិត! ខ្ញុំធ្វើ ២ ខែហើយ គ្រាន់តែចុច like និង follow ផេកតាមការណែនាំ។ Inbox មកខ្ញុំដើម្បីចូលក្រុម។",
            "ក្រុមហ៊ុនទូរស័ព្ទ NagaTel ផ្ដល់ 100GB ឥតគិតថ្លៃ ក្នុងឱកាសបុណ្យភ្ជុំបិណ្ឌ។ ចុច naga-tel-gift.xyz បញ្ចូលលេខទូរស័ព្ទ និងលេខ PIN ស៊ីម ដើម្បីទទួលបានភ្លាមៗ។",
            "លទ្ធផលឆ្នោតសំណាងប្រចាំខែរបស់ក្រសួងសង្គមកិច្ច៖ អត្តសញ្ញាណប័ណ្ណដែលមានលេខចុងក្រោយ ៧ និង ៣ ឈ្នះប្រាក់ ១ លានរៀល។ ពិនិត្យឈ្មោះរបស់អ្នកតាម Link ក្នុង comment។",
            "ក្រុមហ៊ុនបញ្ជូនពលករ ដែលទទួលស្គាល់ដោយក្រសួងការងារ បើកជ្រើសរើសពិសេសសម្រាប់យុវជនអាយុ ១៨-៣៥ ឆ្នាំ ទៅធ្វើការរោងចក្រនៅកូរ៉េ ប្រាក់ខែ ២,០០០ ដុល្លារ មិនបាច់ប្រឡងភាសា។ ចំនួនមានកំណត់ ទាក់ទងតាម WhatsApp ខាងក្រោម។",
            "(Screenshot សារពីធនាគារទន្លេ) «គណនីរបស់លោកអ្នកនឹងត្រូវផ្អាក ដោយសារមិនបានផ្ទៀងផ្ទាត់ព័ត៌មាន។ សូមចុចលីងខាងក្រោមក្នុងរយៈពេល ២៤ ម៉ោង»។ ខ្ញុំធ្វើរួចហើយ បងប្អូនធ្វើតាមទៅ កុំឲ្យគេបិទគណនី។",
            "កម្មវិធីដែលឲ្យលុយពិតៗខែនេះ៖\n✅ KhmerCash — ចុះឈ្មោះថ្មីបាន ១០ ដុល្លារ\n✅ Sabay Wallet — ណែនាំមិត្ត ១ នាក់បាន ៥ ដុល្លារ\n✅ Lotus Mobile Money — បង្វិលកង់សំណាងឈ្នះទូរស័ព្ទ\nLink ទាំងអស់នៅក្នុងឆានែល Telegram ខ្ញុំ។",
        ],
        "en": [
            "Apsara Bank is celebrating 15 years by giving every customer $50. Go to apsara-bank15.top, enter your account number and the OTP you receive, and the money arrives in 5 minutes.",
            "Official recruitment: the Ministry of Labour is sending 200 workers to Japan, $1,800/month, no diploma or language needed. Register via Telegram @mol_japan_job and pay the $120 document fee.",
            "I didn't believe it either but it works: Mekong Wallet is giving $20 to every new sign-up. Got mine an hour ago. Link below.",
            "Government support for families with children under 12: 300,000 riel per household. Registration is online only at kh-family-support.online until the 20th.",
            "NagaTel is giving 100GB of free data for Pchum Ben. Just open naga-tel-gift.xyz, type your number and your SIM PIN and it's activated instantly.",
            "Monthly national lucky draw results are out: ID numbers ending in 7 and 3 win 1,000,000 riel. Check whether you're on the list via the link in the first comment.",
            "Q: Is the work-from-home job paying $30 a day legit?\nA: Yes, I've done it for two months, you just like and follow pages as instructed. DM me to join the team.",
            "Got this SMS from Tonle Bank: 'Your account will be suspended, verify within 24h at the link below.' I already did it, you should too so they don't lock you out.",
        ],
        "mixed": [
            "Apsara Bank ខួប 15 ឆ្នាំ ចែក $50 ម្នាក់ 🎁 ចូល apsara-bank15.top ដាក់លេខ account + OTP លុយចូលក្នុង 5 នាទី",
            "Job Japan official ពីក្រសួងការងារ 💼 $1,800/month មិនបាច់ចេះភាសា register តាម Telegram @mol_japan_job ថ្លៃឯកសារ $120",
            "NagaTel ឲ្យ 100GB free ពេលភ្ជុំបិណ្ឌ ចុច naga-tel-gift.xyz ដាក់លេខ + PIN ស៊ីម ទទួលបានភ្លាមៗ",
            "ខ្ញុំទទួលបាន $20 ពិតៗពី Mekong Wallet ទើបតែ sign up មួយម៉ោងមុន 🤑 link នៅ comment",
            "Lucky draw ប្រចាំខែ៖ អត្តសញ្ញាណប័ណ្ណលេខចុងក្រោយ 7 និង 3 ឈ្នះ 1 លានរៀល check ឈ្មោះតាម link",
        ],
        "km-latn": [
            "apsara bank chek 50$ mnak khuob 15 chnam, chol apsara-bank15.top dak lek account nirng OTP, luy chol knong 5 neati",
            "krasuong kangea job japan 1800$/khae ot bach cheh pheasa, chuh chmous tam telegram @mol_japan_job, bong thlai aksar 120$",
            "knhom ot jeu dom bong tae pit men, mekong wallet oy 20$ neak chuh chmous thmey, knhom ban hz, link nov comment",
            "nagatel oy 100GB free pel pchum ben, chuch naga-tel-gift.xyz dak lek phone nirng PIN sim",
            "rok luy 30$ mouy thngai tver pi ptes, kroan tae like follow page, inbox knhom mok chol krom",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-fake-quotes-election",
    stratum="wide",
    fake_news=1,
    source="handwritten",
    templates={
        "km": [
            "រដ្ឋមន្ត្រីក្រសួងអប់រំបាននិយាយប្រាប់អ្នកកាសែតថា «គ្រូបង្រៀនណាដែលមិនពេញចិត្តប្រាក់ខែ អាចលាឈប់ទៅ មានមនុស្សរង់ចាំជំនួសច្រើនណាស់»។ នេះហើយជាមន្ត្រីរបស់យើង។",
            "ជូនដំណឹង៖ ដោយសារមានការកែប្រែកាលវិភាគ ការបោះឆ្នោតឃុំសង្កាត់ត្រូវពន្យារពេលទៅថ្ងៃអាទិត្យបន្ទាប់។ អ្នកណាទៅបោះឆ្នោតតាមថ្ងៃចាស់ សន្លឹកឆ្នោតនឹងមិនត្រូវរាប់ទេ។",
            "ឆ្នាំនេះ គ.ជ.ប អនុញ្ញាតឲ្យពលករនៅប្រទេសថៃ បោះឆ្នោតតាម SMS បានហើយ។ ផ្ញើលេខអត្តសញ្ញាណប័ណ្ណ និងលេខគណបក្សដែលចង់បោះ មកលេខ 1818 មុនថ្ងៃបោះឆ្នោត។",
            "លទ្ធផលបឋមលេចធ្លាយពីមណ្ឌលរាប់សន្លឹកឆ្នោតមួយនៅតាកែវ៖ សន្លឹកឆ្នោតជាង ៣០% ជាសន្លឹកក្លែង ហើយមានឈ្មោះមនុស្សស្លាប់ទៅបោះឆ្នោតដល់ ២ ពាន់នាក់។",
            "តារាចម្រៀងល្បីម្នាក់បាននិយាយក្នុង Live ថា នាងប្រើតែក្រែមលាបមុខម៉ាកនេះ ស្បែកសក្នុង ៣ ថ្ងៃ ហើយថ្ងៃនេះនាងចែកឥតគិតថ្លៃ ១០០ ដប គ្រាន់តែបង់ថ្លៃដឹកជញ្ជូន។",
            "សារនេះចាប់ផ្ដើមពីព្រះសង្ឃមួយអង្គនៅសៀមរាប។ បើអ្នកផ្ញើបន្តទៅ ១០ នាក់ក្នុងថ្ងៃនេះ អ្នកនឹងមានសំណាងក្នុងរយៈពេល ៧ ថ្ងៃ។ បុរសម្នាក់មិនព្រមផ្ញើបន្ត ក៏ជួបគ្រោះថ្នាក់ចរាចរណ៍នៅល្ងាចនោះតែម្ដង។",
            "វីដេអូនេះបង្ហាញថា ភ្លើងឆេះផ្សារកាលពីយប់មិញ គឺមានគេដុតដោយចេតនា ដើម្បីយកដីលក់ឲ្យក្រុមហ៊ុនធំ។ ផេកព័ត៌មានទាំងអស់ត្រូវគេបង្គាប់មិនឲ្យចុះផ្សាយ។ មើលមុនគេលុប។",
            "ស្នងការនគរបាលខេត្តបានប្រកាសក្នុងសន្និសីទកាសែតថា ចាប់ពីខែក្រោយ ប៉ូលិសអាចឆែកទូរស័ព្ទអ្នកដំណើរតាមផ្លូវ ហើយអ្នកណាដំឡើង Telegram នឹងត្រូវពិន័យ។ នេះជាសម្ដីគាត់ផ្ទាល់។",
        ],
        "en": [
            "The Education Minister told reporters: 'Teachers unhappy with their salary can quit, there are plenty waiting to replace them.' This is who runs our schools.",
            "Correction from the commune office: the commune election has been moved to next Sunday. Ballots cast on the old date will not be counted.",
            "Good news for workers in Thailand: this year you can vote by SMS. Send your ID number and the number of your party to 1818 before election day.",
            "Leaked preliminary results from a counting centre in Takeo: over 30% of the ballots were forged and 2,000 dead people 'voted'.",
            "A famous singer said on her live stream that she only uses this whitening cream and is giving away 100 bottles for free today, you just pay shipping.",
            "This message was started by a monk in Siem Reap. Forward it to 10 people today and good fortune comes within 7 days. A man who ignored it crashed his motorbike the same evening.",
            "The provincial police chief said at a press conference that from next month officers can check your phone at checkpoints and anyone with Telegram installed will be fined.",
        ],
        "mixed": [
            "រដ្ឋមន្ត្រីអប់រំ say ថា 'គ្រូណាមិនពេញចិត្ត salary អាចលាឈប់ទៅ' 😡 ចាំមើលចុះ",
            "ពលករនៅថៃអាច vote តាម SMS ហើយឆ្នាំនេះ 📲 ផ្ញើលេខ ID + លេខគណបក្សទៅ 1818",
            "Video នេះជា proof ថាភ្លើងឆេះផ្សារ គឺគេដុតចេតនាដើម្បីយកដី media ត្រូវគេហាម មើលមុនគេ delete",
            "ការបោះឆ្នោតឃុំ postpone ទៅអាទិត្យក្រោយ ⚠️ អ្នកទៅតាមថ្ងៃចាស់ ballot មិនរាប់ទេ",
        ],
        "km-latn": [
            "lok rodth montrey op rom tha 'kru na min pench chet prak khae leah chob tov', merl chu mean montrey bep nis",
            "pelkor nov thai ach bos chnaot tam SMS hz chnam nis, pherm lek ID nirng lek konakpak tov 1818",
            "bos chnaot khum pon yea pel tov atit kroy, neak tov tam thngai chas ke ot rab te",
            "sar nis pi preah song nov siem reap, pherm tov 10 nak thngai nis nung mean samnang, mnak ot pherm bok kroh thnak plam",
        ],
    },
))

# --- Hard negatives, written whole --------------------------------------------------------------

THEMES.append(Theme(
    key="wf-hw-fc-verdict",
    stratum="wide",
    neg_kind="fact_check",
    source="handwritten",
    templates={
        "km": [
            "មិនពិត៖ ក្រដាសប្រាក់ ២០,០០០ រៀល ម៉ូដចាស់ មិនត្រូវបានលុបចោលទេ។ ធនាគារជាតិបញ្ជាក់ថា ក្រដាសប្រាក់ទាំងអស់ដែលកំពុងចរាចរ នៅតែប្រើបានធម្មតា ហើយមិនមានកាលកំណត់ប្ដូរ ៧ ថ្ងៃនោះទេ។",
            "ការអះអាង៖ ផឹកទឹកកកក្រោយបាយ បង្កើតជាមហារីកក្រពះ។\nការពិត៖ គ្មានភស្តុតាងវិទ្យាសាស្ត្រណាមួយគាំទ្រទេ។ ទឹកត្រជាក់មិនធ្វើឲ្យខ្លាញ់រឹងក្នុងក្រពះ ហើយក៏មិនបង្កមហារីកដែរ។",
            "សារដែលចែកចាយក្នុងក្រុមឪពុកម្ដាយថា សាលារដ្ឋទាំងអស់ផ្អាករៀនរហូតដល់ចុងខែដោយសារកំដៅ ត្រូវបានក្រសួងអប់រំបដិសេធនៅព្រឹកនេះ។ លិខិតដែលភ្ជាប់មកមានលេខ និងហត្ថលេខាមិនត្រឹមត្រូវ។ សេចក្ដីសន្និដ្ឋាន៖ ក្លែងក្លាយ។",
            "តើពិតទេថា ការចាក់ម្ជុលចុងម្រាមដៃអាចជួយអ្នកដាច់សរសៃឈាមខួរក្បាល? ទេ។ វិធីនេះខ្ជះខ្ជាយពេលវេលាដ៏មានតម្លៃ។ ត្រូវហៅឡានពេទ្យ ១១៩ ភ្លាមៗ ហើយនាំអ្នកជំងឺទៅមន្ទីរពេទ្យឲ្យបានលឿនបំផុត។",
            "ផេក «ធនាគារអប្សរា ខួប ១៥ ឆ្នាំ» ដែលសន្យាចែក ៥០ ដុល្លារ ហើយសុំលេខ OTP មិនមែនជាផេកផ្លូវការទេ។ ធនាគារពិតមិនដែលសុំ OTP ពីអតិថិជនទេ។ ការវាយតម្លៃរបស់យើង៖ ការឆបោក។",
            "ពិនិត្យការពិត៖ រូបផែនទីពណ៌ក្រហមដែលគេថាជា «ខ្សែប្រេះដីថ្មីកាត់តាមកំពង់ចាម និងក្រចេះ» តាមពិតជាផែនទីកម្រិតទឹកភ្លៀងពីឆ្នាំ ២០១៩ ដែលគេកាត់តមកប្រើ។ គ្មានអ្នកជំនាញណាម្នាក់និយាយថាដីនឹងស្រុតទេ។",
            "គ.ជ.ប មិនមានប្រព័ន្ធបោះឆ្នោតតាម SMS ទេ។ សារដែលប្រាប់ពលករនៅថៃឲ្យផ្ញើលេខអត្តសញ្ញាណប័ណ្ណទៅលេខ 1818 គឺមិនពិត ហើយអាចជាល្បិចប្រមូលព័ត៌មានផ្ទាល់ខ្លួន។",
            "រញ្ជួយដីមិនអាចទស្សន៍ទាយថ្ងៃ និងម៉ោងបានទេ។ ដូច្នេះ ការផ្សព្វផ្សាយថា «នឹងមានរញ្ជួយដី ៧.៥ រិចទ័រ នៅភ្នំពេញ ថ្ងៃទី១៥ ម៉ោង ៣ រសៀល» គឺជាព័ត៌មានមិនពិត។",
            "ចម្លើយចំពោះសំណួររបស់អ្នកអាន៖ តើផ្ដាសាយបក្សីឆ្លងតាមពងមាន់ដែលចម្អិនឆ្អិនមែនទេ? មិនមែនទេ។ កំដៅពេលចម្អិនឆ្អិនល្អ សម្លាប់មេរោគបាន។ អ្វីដែលត្រូវប្រយ័ត្ន គឺការប៉ះពាល់បក្សីឈឺ ឬងាប់។",
            "សម្ដីដែលគេថា រដ្ឋមន្ត្រីក្រសួងអប់រំនិយាយថា «គ្រូណាមិនពេញចិត្តប្រាក់ខែ អាចលាឈប់ទៅ» មិនមាននៅក្នុងវីដេអូសន្និសីទកាសែតពេញលេញទេ។ ឃ្លានេះត្រូវបានគេប្រឌិតដាក់លើរូបថត។ មិនពិត។",
            "ការអះអាង៖ ទំនប់នៅខាងលើស្ទឹងត្រែងប្រេះ ហើយនឹងបាក់យប់នេះ។\nស្ថានភាព៖ មិនពិត។ មន្ត្រីជំនាញបានចុះពិនិត្យ ហើយថាទំនប់នៅមានសុវត្ថិភាព។ រូបស្នាមប្រេះដែលគេចែកចាយ ជារូបពីប្រទេសផ្សេង។",
            "មានអ្នកសួរយើងច្រើនអំពីសារថា «ប្រាក់ ១,០០០ រៀលចាស់ ស្មើនឹង ១ រៀលថ្មី»។ យើងបានពិនិត្យហើយ៖ មិនមានគម្រោងប្ដូររូបិយប័ណ្ណបែបនេះទេ ហើយធនាគារជាតិក៏បានបដិសេធជាសាធារណៈដែរ។",
            "រូបទី១៖ សារដែលថា ស៊ីមកាតមិនចុះឈ្មោះឡើងវិញ នឹងត្រូវបិទម៉ោង ១២ យប់នេះ។ រូបទី២៖ សេចក្ដីប្រកាសពិតរបស់ក្រសួង ដែលមិនមានកំណត់ម៉ោងបិទបែបនេះទេ ហើយការចុះឈ្មោះធ្វើនៅហាងក្រុមហ៊ុនផ្ទាល់ មិនមែនតាមលីងទេ។",
            "ទឹកដូងមិនអាចជំនួសសេរ៉ូម ហើយក៏មិនព្យាបាលជំងឺតម្រងនោមដែរ។ អ្នកជំងឺតម្រងនោមខ្លះថែមទាំងត្រូវកាត់បន្ថយការផឹកទឹកដូងទៀតផង ព្រោះវាមានប៉ូតាស្យូមខ្ពស់។ ការអះអាងដែលកំពុងល្បី៖ មិនពិត។",
        ],
        "en": [
            "FALSE: Old 50,000 riel notes are not being withdrawn on the 15th. The central bank says all notes in circulation remain legal tender and there is no exchange deadline.",
            "Claim: Drinking cold water after meals causes stomach cancer.\nFact: There is no evidence for this. Cold water does not harden fat in the stomach and is not linked to cancer.",
            "A letter circulating in parents' groups said all public schools would switch to online classes 'per directive 14'. The Ministry of Education says no such directive exists and the signature was copied from an older document. Verdict: fabricated.",
            "Is it true that pricking a stroke patient's fingertips helps? No. It wastes precious minutes. Call 119 and get the person to hospital as fast as possible.",
            "No, the National Election Committee does not accept votes by SMS. The message asking workers in Thailand to text their ID number to 1818 is false and may be a data-harvesting trick.",
            "Earthquakes cannot be predicted to the day and hour. Posts claiming a magnitude 7.5 quake will hit Phnom Penh 'on the 15th at 3pm' are false.",
            "We checked the viral quote attributed to the Education Minister ('teachers who are unhappy can quit'). It does not appear in the full recording of the press conference; it was pasted onto a photo. Rating: false.",
            "Reader question: does bird flu survive in cooked eggs? No. Proper cooking kills the virus. The real risk is handling sick or dead poultry.",
            "The 'lucky draw' post saying ID numbers ending in 7 and 3 win a million riel from the Ministry of Social Affairs is not real; the ministry runs no lottery. Misleading.",
            "Coconut water is not a substitute for an IV drip and it does not cure kidney disease; some kidney patients are even told to limit it because of the potassium. The viral claim is wrong.",
        ],
        "mixed": [
            "❌ FALSE៖ ក្រដាសប្រាក់ ២០,០០០ រៀលចាស់ នៅប្រើបានធម្មតា ធនាគារជាតិ confirm ហើយ គ្មាន deadline ៧ ថ្ងៃទេ",
            "Claim៖ ផឹកទឹកកកក្រោយបាយ = មហារីក\nFact៖ គ្មាន evidence ទេ ទឹកត្រជាក់មិនបង្កមហារីកឡើយ",
            "តើ vote តាម SMS បានមែនទេ? No! គ.ជ.ប មិនមានប្រព័ន្ធនេះទេ កុំផ្ញើលេខ ID ទៅ 1818",
            "Quote 'គ្រូណាមិនពេញចិត្តអាចលាឈប់' មិនមាននៅក្នុង video សន្និសីទពេញលេញទេ គេ edit ដាក់លើរូប → fake",
            "រញ្ជួយដីមិនអាច predict ថ្ងៃ និងម៉ោងបានទេ ដូច្នេះ post '7.5 magnitude ថ្ងៃទី 15' គឺ hoax",
        ],
        "km-latn": [
            "ot pit te: luy 20 pean riel chas nov prae ban thomada, thoneakea cheat banhjeak hz, ot mean deadline 7 thngai te",
            "pit ot tha phuk tek kok kroy bay keut mohareek? ot pit te, ot mean pos tang vitheasas na mouy te",
            "NEC ot mean bos chnaot tam SMS te, sar oy pherm lek ID tov 1818 chea kohok, kom pherm",
            "ranhjuoy dei ot ach teay thngai nirng mong ban te, dauchneh post tha 7.5 nov pp thngai ti 15 chea roeung kohok",
            "claim: pong moan chhin nov mean pdasay baksey. fact: sngor chhin laor slab merok hz, kom tae pah moan cheu ngab",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-fc-chat",
    stratum="wide",
    neg_kind="fact_check",
    source="handwritten",
    templates={
        "km": [
            "ម៉ាក់ សារដែលម៉ាក់ផ្ញើមកក្នុងក្រុមគ្រួសារថា ឲ្យដកលុយចេញពីធនាគារទន្លេឲ្យអស់នោះ មិនពិតទេណា។ ធនាគារគេបានបដិសេធហើយ។ ម៉ាក់កុំទៅដកអី។",
            "ប៉ា កុំឈប់លេបថ្នាំលើសឈាមអី។ ខ្ទឹមសមិនអាចជំនួសថ្នាំពេទ្យបានទេ អ្នកដែលសរសេរសារនោះមិនមែនជាពេទ្យទេ។ កូនបានសួរលោកគ្រូពេទ្យរបស់ប៉ាហើយ។",
            "ក្លែងក្លាយទេបង។ ចូលមើលផេកផ្លូវការរបស់ក្រសួងអប់រំទៅ គ្មានសេចក្ដីជូនដំណឹងបិទសាលាអីទេ។",
            "យាយ៖ ចៅ គេថាថ្ងៃទី១៥ មានរញ្ជួយដីនៅភ្នំពេញមែនទេ?\nចៅ៖ អត់ទេយាយ អ្នកណាក៏មិនអាចដឹងមុនពីថ្ងៃរញ្ជួយដីដែរ។ គេបោកឲ្យភ័យទេ យាយកុំបារម្ភ។",
            "ជម្រាបសួរមីងៗក្នុងក្រុម សារអំពីវ៉ាក់សាំងធ្វើឲ្យក្មេងស្រីអារកូន ជាព័ត៌មានក្លែងក្លាយ។ ខ្ញុំជាឆ្មប ខ្ញុំធានាថាវ៉ាក់សាំងនេះមានសុវត្ថិភាព ហើយក្រសួងសុខាភិបាលក៏បានពន្យល់រួចហើយដែរ។",
            "បងស្រី សារឈ្នះម៉ូតូពី NagaTel នោះជាការបោកប្រាស់ទេ។ ក្រុមហ៊ុនពិតមិនឲ្យផ្ទេរលុយពន្ធមុនទេ។ បងលុបចោលទៅ កុំផ្ទេរលុយឲ្យគេ។",
            "ឆ្លើយទៅ comment ខាងលើ៖ រូបលិខិតត្រាក្រហមនោះ ក្រសួងមហាផ្ទៃបានប្រកាសថាជាឯកសារក្លែង។ អត្តសញ្ញាណប័ណ្ណចាស់នៅប្រើបានរហូតដល់ថ្ងៃផុតកំណត់ដែលសរសេរលើកាតរៀងៗខ្លួន។",
            "ប៉ាផ្ញើរូបទំនប់បាក់មកខ្ញុំ សួរថាត្រូវរើចេញពីផ្ទះទេ។ ខ្ញុំរកមើលទៅ រូបនោះជាទំនប់នៅប្រទេសមួយផ្សេង តាំងពីច្រើនឆ្នាំមុន។ ប្រាប់ប៉ាហើយ គាត់ធូរចិត្តវិញ។",
            "ប្អូនអើយ ការងារនៅជប៉ុនប្រាក់ខែ ១,៨០០ ដុល្លារ មិនបាច់ចេះភាសានោះ មិនមែនមកពីក្រសួងការងារទេ។ ក្រសួងមិនដែលជ្រើសរើសតាម Telegram ហើយឲ្យបង់ថ្លៃឯកសារមុនទេ។ កុំបង់លុយណា។",
            "អ្នកជិតខាងផ្ញើសារមកថា ទឹកម៉ាស៊ីនក្នុងសង្កាត់មានថ្នាំពុល។ ខ្ញុំទូរស័ព្ទសួររដ្ឋាករទឹកផ្ទាល់ គេថាមិនមានរឿងនេះទេ ទឹកនៅប្រើបានធម្មតា។ អ្នកនៅក្នុងសង្កាត់ជាមួយគ្នា កុំភ័យអី។",
        ],
        "en": [
            "Mum, the message you forwarded to the family group about pulling all our money out of Tonle Bank is fake. The bank denied it this morning. Please don't go and withdraw everything.",
            "Dad please don't stop your blood pressure pills. Garlic can't replace them and whoever wrote that post isn't a doctor. I already asked your doctor at the clinic.",
            "fake, check the ministry's official page. there's no school closure notice anywhere",
            "Grandma: is it true there will be an earthquake on the 15th?\nMe: No grandma, nobody can know the date of an earthquake in advance. They're just scaring people.",
            "Replying to the comment above: the stamped letter about old ID cards expiring was declared a forgery by the Ministry of Interior. Your card is valid until the date printed on it.",
            "Sis, that 'you won a motorbike from NagaTel' SMS is a scam. Real companies never ask you to transfer 'tax' first. Just delete it.",
            "My neighbour said our tap water was poisoned. I called the water authority myself and they said nothing like that happened, the water is fine. Neighbours in the sangkat, relax.",
        ],
        "mixed": [
            "ម៉ាក់ message ដែលម៉ាក់ forward មកក្រុមគ្រួសារនោះ fake ទេ ធនាគារ deny ហើយ ម៉ាក់កុំទៅដកលុយអី 🙏",
            "Fake ទេបង check page official របស់ក្រសួងទៅ គ្មាន notice បិទសាលាអីទេ",
            "ប៉ាកុំឈប់ថ្នាំលើសឈាមអី ខ្ទឹមសមិនអាច replace ថ្នាំបានទេ កូនសួរ doctor ហើយ",
            "Reply៖ រូបទំនប់បាក់នោះ ជារូបចាស់ពីប្រទេសផ្សេង ខ្ញុំ reverse search ហើយ មិនមែនស្ទឹងត្រែងទេ",
            "ប្អូនអើយ job ជប៉ុន $1800 តាម Telegram នោះ scam ទេ ក្រសួងមិនដែល recruit តាម Telegram ហើយយកលុយមុនទេ",
            "យាយសួរថា vote តាម SMS បានទេ 😅 ខ្ញុំប្រាប់ថាអត់ទេយាយ គ.ជ.ប មិនមានទេ fake news ទាំងអស់",
            "Screenshot 'Apsara Bank ចែក $50' ក្នុង group នោះ scam ណា 🚫 bank ពិតមិនដែលសុំ OTP ទេ",
        ],
        "km-latn": [
            "mak, sar del mak forward mok nov group krusa nuh fake te, bank ke deny hz, kom tov dork luy",
            "pa kom chob thnam loeus cham, ktem sor ot ach jumnuos thnam ban te, kon sour pet hz",
            "fake te bong, chol merl page pit robos krasuong tov, ot mean prokas bet sala ey te",
            "yeay sour tha thngai ti 15 ranhjuoy dei pit ot, knhom prab tha ot te yeay, ke kohok oy phay te",
            "reply: rub tumnub bak nuh chea rub chas pi prates pseng, knhom search merl hz",
            "oun ey job japan 1800$ tam telegram nuh scam te, krasuong ot del ros tam telegram hz yok luy mun te",
            "bong srey, sar chneas moto pi nagatel nuh bok te, kom pherm luy pon oy ke, lub chol tov",
            "neak jit khang tha tek masin mean thnam pul, knhom call sour rodthakar tek hz, ke tha ot mean te, prae ban thomada",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-fc-echo",
    stratum="wide",
    neg_kind="fact_check",
    source="handwritten",
    templates={
        "km": [
            "«ចែករំលែកឲ្យបានច្រើនមុនពេលគេលុប!! ក្រសួងសុខាភិបាលប្រកាសបិទផ្សារទាំងអស់!!» — នេះជាសារដែលកំពុងរាលដាលតាម Messenger។ វាមិនពិតទេ។ ក្រសួងមិនដែលចេញសេចក្ដីប្រកាសបែបនេះឡើយ ហើយពាក្យ «មុនគេលុប» គឺជាល្បិចធម្មតារបស់ព័ត៌មានក្លែងក្លាយ។",
            "«ទទួលបាន ១០០ ដុល្លារ ឥតគិតថ្លៃ តាមលីងនេះ» ប្រសិនបើអ្នកឃើញពាក្យនេះ ជាពិសេសភ្ជាប់ជាមួយឈ្មោះធនាគារ ឬក្រសួង សូមដឹងថាវាជាការឆបោក។ យើងបានពិនិត្យលីងចំនួន ៦ ហើយទាំងអស់សុទ្ធតែជាគេហទំព័របន្លំ។",
            "«⚠️ បន្ទាន់!! ប្រញាប់ចែករំលែក!!» ពាក្យទាំងនេះនៅដើមសារ មិនធ្វើឲ្យព័ត៌មានក្លាយជាការពិតទេ។ សារថា «ទឹកទន្លេមេគង្គនឹងឡើងខ្ពស់បំផុតក្នុងរយៈពេល ១០០ ឆ្នាំ យប់នេះ» ត្រូវបានក្រសួងធនធានទឹកបដិសេធហើយ។",
            "«ពេទ្យមិនចង់ឲ្យអ្នកដឹងទេ!» «ឱសថមួយមុខព្យាបាលបាន ១០០%!» នៅពេលឃើញឃ្លាបែបនេះ ត្រូវសង្ស័យជាមុនសិន។ ការអះអាងថាទឹកស្លឹកត្របែកព្យាបាលទឹកនោមផ្អែមបានជាដាច់ គឺមិនពិត ហើយការឈប់ចាក់អាំងស៊ុយលីនអាចគ្រោះថ្នាក់ដល់ជីវិត។",
            "សារ «ផ្ញើបន្តទៅ ១០ នាក់ បើមិនដូច្នោះទេនឹងជួបគ្រោះថ្នាក់» វិលត្រឡប់មកវិញម្ដងទៀត លើកនេះដាក់ឈ្មោះព្រះសង្ឃនៅសៀមរាប។ វាជាសារខ្សែសង្វាក់ចាស់ ហើយគ្មានវត្តណាមួយបានផ្សព្វផ្សាយវាទេ។",
            "«🔴 ព័ត៌មានបន្ទាន់៖ រញ្ជួយដីខ្លាំងនឹងកើតឡើងយប់នេះ ចែកជាបន្ទាន់!» — មិនពិត។ មិនមានស្ថាប័នណាអាចព្យាករណ៍រញ្ជួយដីបានទេ ហើយកម្ពុជាមិនបានចេញការព្រមានណាមួយឡើយ។",
            "«ស៊ីមរបស់អ្នកនឹងត្រូវបិទក្នុង ២៤ ម៉ោង! ចុចលីងដើម្បីចុះឈ្មោះ!» ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍បញ្ជាក់ថា ខ្លួនមិនផ្ញើលីងចុះឈ្មោះស៊ីមទេ។ សារនេះជាការឆបោកយកព័ត៌មានផ្ទាល់ខ្លួន។",
            "ថ្ងៃនេះឃើញសារ «ចែករំលែកមុនគេលុប៖ វីដេអូភ្លើងឆេះផ្សារដោយចេតនា» ច្រើនដងណាស់។ អ្នកយកព័ត៌មានរបស់យើងបានទៅដល់កន្លែងកើតហេតុ។ មន្ត្រីពន្លត់អគ្គិភ័យថា ភ្លើងឆេះដោយសារខ្សែភ្លើងឆ្លង ហើយវីដេអូនោះថតនៅផ្សារមួយផ្សេងកាលពីឆ្នាំមុន។",
            "«ធនាគារជាតិនឹងបង្កកគណនីទាំងអស់!!! ដកលុយឲ្យលឿន!!!» ពាក្យស្រែកបែបនេះហើយដែលធ្វើឲ្យមនុស្សតម្រង់ជួរនៅមុខម៉ាស៊ីន ATM កាលពីម្សិលមិញ។ តាមពិតគ្មានការសម្រេចបែបនេះទេ ហើយធនាគារជាតិបានចេញសេចក្ដីបំភ្លឺរួចហើយ។",
            "សារ «ឈ្នះរង្វាន់ ១ លានរៀល ពិនិត្យឈ្មោះតាមលីង» ប្រើឡូហ្គោក្រសួងសង្គមកិច្ចដោយខុសច្បាប់។ ក្រសួងមិនមានកម្មវិធីឆ្នោតទេ។ លីងនោះសុំលេខកាតធនាគាររបស់អ្នក។ កុំបំពេញអី។",
        ],
        "en": [
            "\"SHARE BEFORE IT'S DELETED!! The Ministry of Health is closing all markets!!\" — this is the message going around on Messenger. It is not true. The ministry has issued no such order, and 'before it's deleted' is a classic hoax trick.",
            "\"Get a FREE $100 via this link\" — if you see those words next to a bank's or a ministry's name, it's a scam. We checked six of these links; every one was a phishing site.",
            "\"URGENT!! Forward to 10 groups!!\" doesn't make a claim true. The message saying the Mekong will reach its highest level in 100 years tonight has been denied by the Ministry of Water Resources.",
            "\"Doctors don't want you to know!\" \"100% cure!\" Treat phrases like these as a red flag. The claim that guava-leaf tea cures diabetes is false, and stopping insulin can be deadly.",
            "🔴 \"BREAKING: strong earthquake tonight, share now!\" — False. No agency can forecast earthquakes, and Cambodia has issued no warning.",
            "\"Your SIM will be blocked in 24 hours! Click to register!\" The Ministry of Posts and Telecommunications says it never sends SIM registration links. This is a phishing scam.",
            "\"THE CENTRAL BANK WILL FREEZE ALL ACCOUNTS, WITHDRAW NOW!!!\" That is the kind of shouting that caused queues at ATMs yesterday. There is no such decision; the central bank has already issued a clarification.",
        ],
        "mixed": [
            "\"Share មុនគេ delete!! ក្រសួងសុខាភិបាលបិទផ្សារទាំងអស់!!\" ← message នេះ FAKE ទេ ក្រសួងមិនដែលប្រកាសទេ",
            "\"FREE $100 តាម link នេះ\" + logo ធនាគារ = scam 100% យើង check link ៦ ហើយ សុទ្ធតែ phishing",
            "\"ស៊ីមនឹងត្រូវបិទក្នុង 24h ចុច link\" ← ក្រសួងប្រៃសណីយ៍ថាមិនដែលផ្ញើ link បែបនេះទេ កុំ click",
            "🔴 \"BREAKING រញ្ជួយដីយប់នេះ share ភ្លាម\" → មិនពិតទេ គ្មាននរណា predict រញ្ជួយដីបាន",
            "\"ផ្ញើបន្ត 10 នាក់ បើមិនចឹងជួបគ្រោះ\" ជា chain message ចាស់ កុំ forward បន្តអី 😅",
        ],
        "km-latn": [
            "\"share mun ke lub!! krasuong sokhaphibal bet psar teang ors!!\" sar nis fake te, krasuong ot del prokas te",
            "\"free 100$ tam link nis\" ber men logo bank ot krasuong chea scam hz, kom chuch",
            "\"bontean!! tek mekong laeng khpos bom phot yub nis\" krasuong tek ban banhjeak tha ot pit te",
            "\"sim nung tro bet knong 24h chuch link\" krasuong prais tha ot del pherm link bep nis te, chea bok",
            "\"pherm tov 10 nak ber ot bok kroh\" chea chain message chas, kom forward tiet",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-news",
    stratum="wide",
    neg_kind="news_report",
    source="handwritten",
    templates={
        "km": [
            "នគរបាលខេត្តកំពង់ចាម បានឃាត់ខ្លួនបុរសម្នាក់អាយុ ២៨ ឆ្នាំ ដែលបានបង្ហោះសារថា ទំនប់មួយនឹងបាក់ ធ្វើឲ្យប្រជាពលរដ្ឋរាប់រយគ្រួសារភ័យស្លន់ស្លោរត់ចេញពីផ្ទះពេលយប់។ ជនសង្ស័យសារភាពថា ចង់បានអ្នកតាមដានច្រើន។",
            "ហ្វេសប៊ុកបានលុបផេកចំនួន ៤០ ដែលក្លែងខ្លួនជាធនាគារ និងក្រសួងនៅកម្ពុជា ក្រោយពីមានការរាយការណ៍ពីអ្នកប្រើប្រាស់។ ផេកទាំងនោះប្រើពាក្យ «ចែកលុយឥតគិតថ្លៃ» ដើម្បីទាក់ទាញមនុស្សឲ្យចុចលីង។",
            "យោងតាមរបាយការណ៍របស់អង្គការសង្គមស៊ីវិលមួយ ព័ត៌មានក្លែងក្លាយអំពីសុខភាពបានកើនឡើងទ្វេដងក្នុងរដូវវស្សា ជាពិសេសសារអំពីថ្នាំបុរាណព្យាបាលគ្រុនឈាម។",
            "តុលាការខេត្តបានកាត់ទោសស្ត្រីម្នាក់ឲ្យជាប់ពន្ធនាគារ ១ ឆ្នាំ ពីបទផ្សាយព័ត៌មានមិនពិតថា មានជំងឺចម្លែកសម្លាប់មនុស្សរាប់សិបនាក់នៅមន្ទីរពេទ្យ។",
            "ជនរងគ្រោះជាង ៣០ នាក់ បានបាត់បង់ប្រាក់សរុបជិត ១០,០០០ ដុល្លារ ក្រោយពីចុចលីងប្រូម៉ូសិនក្លែងក្លាយ ដែលប្រើឈ្មោះកម្មវិធីកាបូបអេឡិចត្រូនិក។ ប៉ូលិសកំពុងស្វែងរកក្រុមដែលនៅពីក្រោយ។",
            "កម្មករ ១២ នាក់ ដែលត្រូវគេបោកថាមានការងារស្របច្បាប់នៅបរទេស ត្រូវបានជួយសង្គ្រោះ និងបញ្ជូនមកស្រុកវិញ។ ពួកគេបានបង់ថ្លៃឯកសារម្នាក់ ៨០០ ដុល្លារ ឲ្យភ្នាក់ងារដែលអះអាងថាធ្វើការឲ្យក្រសួង។",
            "ក្រសួងព័ត៌មានបានបើកវគ្គបណ្ដុះបណ្ដាលអ្នកកាសែតនៅតាមខេត្ត ពីរបៀបផ្ទៀងផ្ទាត់រូបភាព និងវីដេអូ ក្រោយពីមានវីដេអូក្លែងក្លាយជាច្រើនអំពីទឹកជំនន់។",
            "ការស្ទង់មតិថ្មីមួយបង្ហាញថា មនុស្សចាស់អាយុលើស ៦០ ឆ្នាំ ទំនងជាចែករំលែកសារ «ចែកមុនគេលុប» ច្រើនជាងយុវជនបីដង។",
            "មនុស្សរាប់រយនាក់បានតម្រង់ជួរដកលុយនៅសាខាធនាគារមួយក្នុងខេត្តសៀមរាប កាលពីថ្ងៃសុក្រ ក្រោយមានពាក្យចចាមអារ៉ាមថាធនាគារនឹងក្ស័យធន។ ធនាគារបានបញ្ជាក់ថា ស្ថានភាពហិរញ្ញវត្ថុនៅរឹងមាំ។",
            "ប៉ូលិសបានបង្ក្រាបទីតាំងមួយ ដែលក្រុមឆបោកប្រើសម្រាប់ផ្ញើសារ SMS ក្លែងជាធនាគារ ហើយរឹបអូសបានម៉ាស៊ីនផ្ញើសារ និងស៊ីមកាតជាង ២ ពាន់សន្លឹក។",
        ],
        "en": [
            "Kampong Cham police detained a 28-year-old man who posted that a dam was about to burst, sending hundreds of families fleeing at night. He told police he wanted more followers.",
            "Facebook removed 40 pages impersonating Cambodian banks and ministries after user reports. The pages used 'free cash' giveaways to lure people into clicking links.",
            "A civil society report finds health misinformation doubled during the rainy season, led by posts promoting herbal 'cures' for dengue.",
            "A provincial court sentenced a woman to one year in prison for spreading a false claim that a mystery disease had killed dozens at a hospital.",
            "More than 30 victims lost nearly $10,000 in total after clicking a fake promotion that used the name of an e-wallet app. Police are searching for the group behind it.",
            "Twelve workers lured by promises of 'official' jobs abroad have been rescued and returned home. Each had paid an $800 'document fee' to an agent who claimed to work for the ministry.",
            "Hundreds queued to withdraw cash at a bank branch in Siem Reap on Friday after rumours it would collapse. The bank says its finances are sound.",
            "Police raided a site used by a scam ring to send SMS messages posing as banks, seizing a messaging device and more than 2,000 SIM cards.",
        ],
        "mixed": [
            "ប៉ូលិសកំពង់ចាមឃាត់ខ្លួនបុរសម្នាក់ post fake news ថាទំនប់នឹងបាក់ ធ្វើឲ្យអ្នកភូមិ panic រត់ពេលយប់",
            "Facebook លុប page 40 ដែល impersonate ធនាគារ និងក្រសួង ប្រើ giveaway បោកឲ្យចុច link",
            "ជនរងគ្រោះ 30+ នាក់ខាតលុយជិត $10,000 ដោយសារ promo fake របស់ e-wallet ប៉ូលិសកំពុងស៊ើប",
            "Survey ថ្មី៖ មនុស្សចាស់ 60+ share សារ 'share មុនគេលុប' ច្រើនជាងយុវជន 3 ដង",
        ],
        "km-latn": [
            "police kg cham khat kluon bros mnak post tha tumnub nung bak, neak phum phay rot pel yub, gat tha chong ban follower",
            "facebook lub page 40 del kleng chea bank nirng krasuong, pruos ke prae giveaway bok oy chuch link",
            "tolakar dak kuk srey mnak 1 chnam pruos post fake tha mean chumngeu chamlaek slab neak chreun nov pet",
            "kammakor 12 nak trov ke bok tha mean kangea pit nov krao srok, ban juoy sangkros hz, mnak bong 800$ oy neak del tha tver oy krasuong",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-warning",
    stratum="wide",
    neg_kind="official_warning",
    source="handwritten",
    templates={
        "km": [
            "ធនាគារទន្លេសូមជម្រាបជូនអតិថិជនថា ធនាគារមិនផ្ញើ SMS ដែលមានលីងឲ្យផ្ទៀងផ្ទាត់គណនីទេ។ បើទទួលបានសារបែបនេះ សូមកុំចុច ហើយទាក់ទងមកលេខសេវាអតិថិជនដែលមាននៅខាងក្រោយកាតរបស់អ្នក។",
            "ក្រសួងការងារ និងបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ សូមជូនដំណឹងថា ក្រសួងមិនជ្រើសរើសពលករតាម Telegram ឬគណនី Facebook ផ្ទាល់ខ្លួនទេ។ បញ្ជីក្រុមហ៊ុនបញ្ជូនពលករស្របច្បាប់ មាននៅលើគេហទំព័រផ្លូវការរបស់ក្រសួង។",
            "រដ្ឋបាលខេត្តសូមជម្រាបថា ពាក្យចចាមអារ៉ាមអំពីការបាក់ទំនប់ គឺគ្មានមូលដ្ឋាន។ ប្រជាពលរដ្ឋសូមស្ងប់ចិត្ត ហើយតាមដានព័ត៌មានតាមផេកផ្លូវការរបស់រដ្ឋបាលខេត្ត និងវិទ្យុមូលដ្ឋាន។",
            "នគរបាលខេត្តព្រមាន៖ មានក្រុមជនខិលខូចបង្កើតផេកក្លែងជាអធិការដ្ឋាន ដើម្បីសុំលុយពីគ្រួសារអ្នកល្មើសច្បាប់ចរាចរណ៍។ ប៉ូលិសមិនដែលសុំឲ្យផ្ទេរប្រាក់ពិន័យចូលគណនីផ្ទាល់ខ្លួនទេ។",
            "ក្រសួងអប់រំសូមបញ្ជាក់ថា ការឈប់សម្រាកសាលារៀន ត្រូវប្រកាសតាមរយៈលិខិតផ្លូវការ និងផេកដែលមានសញ្ញាផ្ទៀងផ្ទាត់តែប៉ុណ្ណោះ។ សូមអាណាព្យាបាលកុំជឿសារដែលផ្ញើតៗគ្នាក្នុងក្រុមឆាត។",
            "មន្ទីរសុខាភិបាលខេត្តព្រមាន៖ មានអ្នកលក់ «ថ្នាំព្យាបាលគ្រុនឈាម» តាមអនឡាញ ដោយគ្មានការអនុញ្ញាត។ គ្រុនឈាមគ្មានថ្នាំព្យាបាលជាក់លាក់ទេ សូមនាំអ្នកជំងឺទៅមណ្ឌលសុខភាពដែលនៅជិតបំផុត។",
            "គ.ជ.ប សូមរំលឹកថា ការបោះឆ្នោតធ្វើឡើងនៅការិយាល័យបោះឆ្នោតដោយផ្ទាល់តែប៉ុណ្ណោះ មិនមែនតាមទូរស័ព្ទ ឬ SMS ទេ។ កាលបរិច្ឆេទផ្លូវការមិនមានការផ្លាស់ប្ដូរឡើយ។",
            "សេចក្ដីជូនដំណឹងពីក្រុមហ៊ុន NagaTel៖ យើងមិនដែលសុំលេខ PIN ស៊ីម ឬលេខកូដ OTP តាមទូរស័ព្ទ ឬតាមគេហទំព័រទេ។ ប្រូម៉ូសិនពិតមានតែនៅក្នុង App ផ្លូវការ និងនៅហាងរបស់យើងប៉ុណ្ណោះ។",
            "ធនាគារជាតិសូមអំពាវនាវឲ្យសាធារណជនកុំជឿលើពាក្យចចាមអារ៉ាមអំពីការបង្កកគណនី ឬការលុបចោលក្រដាសប្រាក់។ ព័ត៌មានផ្លូវការត្រូវបានផ្សព្វផ្សាយតែតាមគេហទំព័រ និងផេកផ្លូវការរបស់ធនាគារជាតិប៉ុណ្ណោះ។",
        ],
        "en": [
            "Tonle Bank reminds customers: we never send SMS links asking you to verify your account. If you receive one, don't click it. Call the customer service number on the back of your card.",
            "The Ministry of Labour does not recruit workers through Telegram or personal Facebook accounts. The list of licensed recruitment agencies is on the ministry's official website.",
            "Provincial administration: rumours of a dam failure are baseless. Please stay calm and follow updates only on the provincial page and local radio.",
            "Police warning: criminals have set up pages posing as district police stations to ask families for 'fine' payments. Police never ask you to transfer fines to a personal account.",
            "Provincial Health Department warning: unlicensed sellers are offering 'dengue cures' online. There is no specific medicine for dengue; take patients to the nearest health centre.",
            "NagaTel notice: we never ask for your SIM PIN or OTP by phone or on a website. Real promotions are only in our official app and at our shops.",
        ],
        "mixed": [
            "Tonle Bank ⚠️ យើងមិនផ្ញើ SMS link ឲ្យ verify account ទេ បើទទួលបាន កុំ click ហៅ hotline នៅខាងក្រោយកាត",
            "ក្រសួងការងារ៖ មិន recruit តាម Telegram ឬ Facebook ផ្ទាល់ខ្លួនទេ check list ក្រុមហ៊ុន licensed លើ website ក្រសួង",
            "គ.ជ.ប reminder៖ បោះឆ្នោតនៅការិយាល័យផ្ទាល់ប៉ុណ្ណោះ មិនមែនតាម SMS ទេ ហើយថ្ងៃបោះឆ្នោតមិនប្ដូរទេ",
            "NagaTel notice៖ យើងមិនដែលសុំ PIN ឬ OTP ទេ promo ពិតមានតែក្នុង app official",
        ],
        "km-latn": [
            "tonle bank prab: yeung ot pherm SMS link oy verify account te, ber ban kom chuch, call hotline khang kroy kat",
            "krasuong kangea ot ros pelkor tam telegram ot facebook te, merl list krumhun pit leu website krasuong",
            "rodthabal khet prab tha pak cham cham tumnub bak ot pit te, tam dan tae page pit nirng radio",
            "police prab: page kleng chea police som luy pinay, police ot del oy pherm luy chol account pteal kluon te",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-politics",
    stratum="wide",
    neg_kind="political_criticism",
    source="handwritten",
    templates={
        "km": [
            "ថ្លៃអគ្គិសនីឡើងម្ដងទៀតហើយ តែភ្លើងនៅតែដាច់រាល់ល្ងាច។ អ្នកទទួលបន្ទុកវិស័យថាមពលគួរតែចេញមកពន្យល់ប្រជាជនឲ្យច្បាស់ ជាជាងនិយាយតែពាក្យ «កំពុងដោះស្រាយ» ជារៀងរាល់ឆ្នាំ។",
            "ខ្ញុំមិនយល់ទេ ហេតុអ្វីផ្លូវជាតិដែលទើបជួសជុលមិនទាន់បានមួយឆ្នាំ ខូចជាថ្លុកទៀតហើយ។ ថវិកាជាតិជាលុយពន្ធប្រជាជន។ ត្រូវតែមានការស៊ើបអង្កេតលើក្រុមហ៊ុនម៉ៅការ និងមន្ត្រីដែលទទួលយកការងារនេះ។",
            "គោលនយោបាយដីធ្លីបច្ចុប្បន្នកំពុងធ្វើឲ្យកសិករបាត់បង់ដីស្រែ ខណៈក្រុមហ៊ុនធំៗទទួលបានដីសម្បទានរាប់ម៉ឺនហិកតា។ នេះមិនមែនជាការអភិវឌ្ឍដែលយុត្តិធម៌ទេ។",
            "មេឃុំយើងនិយាយរាល់ឆ្នាំថានឹងជីកប្រឡាយទឹក តែរហូតមកដល់ពេលនេះ កសិករនៅតែរង់ចាំទឹកភ្លៀង។ ពេលបោះឆ្នោតមកសន្យាច្រើន ក្រោយមកបាត់មុខ។",
            "ប្រាក់ខែគ្រូបង្រៀនមិនគ្រប់គ្រាន់សម្រាប់ការរស់នៅទេ ហើយគ្រូជាច្រើនត្រូវលក់ដូរបន្ថែម ឬបង្រៀនគួរ។ ក្រសួងអប់រំនិយាយតែពីគុណភាពអប់រំ តែមិនដោះស្រាយបញ្ហាមូលដ្ឋាននេះសោះ។",
            "អំពើពុករលួយនៅការិយាល័យសុរិយោដី គឺជារឿងដែលអ្នកណាក៏ដឹងដែរ។ ចង់បានប្លង់រឹង ត្រូវបង់ «ថ្លៃទឹកតែ» លើសថ្លៃផ្លូវការច្រើនដង។ រាជរដ្ឋាភិបាលគួរតែដាក់ប្រព័ន្ធអនឡាញ និងតារាងតម្លៃឲ្យច្បាស់លាស់។",
            "ថ្លៃសាំងឡើង ថ្លៃម្ហូបឡើង តែប្រាក់ខែកម្មករឡើងតែប៉ុន្មានដុល្លារ។ អ្នកធ្វើគោលនយោបាយគួរមកសាកល្បងរស់នៅជាមួយប្រាក់ខែ ២០០ ដុល្លារ មួយខែមើល។",
            "ខ្ញុំរិះគន់ការសម្រេចរបស់អភិបាលខេត្តក្នុងការរុះរើតូបលក់ដូរតាមចិញ្ចើមផ្លូវ ដោយមិនផ្ដល់ទីតាំងថ្មីឲ្យអ្នកលក់។ គ្រួសាររាប់រយបាត់ប្រភពចំណូលក្នុងពេលតែមួយយប់។",
        ],
        "en": [
            "Electricity prices went up again and the power still cuts out every evening. Whoever is responsible for the energy sector should explain this properly instead of saying 'we are working on it' every single year.",
            "A national road repaired less than a year ago is full of potholes again. That budget is taxpayers' money. There should be an investigation into the contractor and the officials who signed off on it.",
            "Teachers' salaries are not enough to live on and many have to sell things on the side or run private tutoring. The ministry talks about education quality but ignores this basic problem.",
            "Corruption at the land office is an open secret: if you want a hard title you pay 'tea money' several times the official fee. Put the process online and publish the prices.",
            "Fuel up, food up, and the minimum wage rose by a few dollars. I'd like the people who set this policy to live on $200 a month for one month.",
        ],
        "mixed": [
            "ថ្លៃភ្លើងឡើងទៀតហើយ តែភ្លើងដាច់រាល់ល្ងាច 😤 ក្រសួងគួរ explain ឲ្យច្បាស់ កុំនិយាយតែ 'កំពុងដោះស្រាយ' រាល់ឆ្នាំ",
            "ផ្លូវជាតិទើបជួសជុលមិនដល់មួយឆ្នាំ ខូចទៀតហើយ budget ជាលុយពន្ធប្រជាជន ត្រូវ investigate contractor និងមន្ត្រីដែល approve",
            "Corruption នៅការិយាល័យសុរិយោដី អ្នកណាក៏ដឹង ចង់បានប្លង់រឹងត្រូវបង់ 'ថ្លៃទឹកតែ' ដាក់ system online ទៅ",
        ],
        "km-latn": [
            "thlai phleung laeng tiet hz tae phleung dach real lngeach, krasuong kour pon yul oy chbas, kom niyeay tae kompung dohsrai real chnam",
            "lok mekhum sonya real chnam tha nung chik prolay tek, dol pel nis kasekor nov tae cham tek phlieng, pel bos chnaot sonya chreun",
            "prak khae kru ot krob rous nov te, kru chreun tro luk dor bonthem, krasuong niyeay tae kunaphap op rom",
            "thlai sang laeng, thlai mhob laeng, tae prak khae kammakor laeng ponman dollar, neak tver kolnoyobay sak rous nov 200$ mouy khae merl",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-health-advice",
    stratum="wide",
    neg_kind="health_advice",
    source="handwritten",
    templates={
        "km": [
            "រដូវវស្សាមកដល់ហើយ គ្រុនឈាមកំពុងកើនឡើង។ បើកូនក្ដៅខ្លួនខ្លាំងលើស ២ ថ្ងៃ ក្អួត ឬឈឺពោះ សូមនាំទៅមណ្ឌលសុខភាពភ្លាម។ ប្រើថ្នាំប៉ារ៉ាសេតាម៉ុលបញ្ចុះកំដៅបាន តែកុំឲ្យថ្នាំអាស្ពីរីន ឬអ៊ីប៊ុយប្រូហ្វែន។",
            "ផឹកទឹកស្ងោរឆ្អិន ឬទឹកដបដែលមានស្លាកច្បាស់លាស់ ជាពិសេសក្រោយទឹកជំនន់។ ទឹកអណ្ដូងដែលលិចទឹកជំនន់ អាចមានមេរោគបង្កជំងឺរាគរូស។",
            "កំដៅថ្ងៃឡើងដល់ ៤០ អង្សា។ សញ្ញានៃការគាំងកំដៅថ្ងៃ (heat stroke)៖ ស្បែកក្ដៅស្ងួត វិលមុខ ច្របូកច្របល់។ នាំអ្នកនោះទៅកន្លែងម្លប់ ជូតខ្លួនដោយទឹកត្រជាក់ ហើយហៅឡានពេទ្យ ១១៩។",
            "វ៉ាក់សាំងកុមារដែលចាក់ដោយឥតគិតថ្លៃនៅមណ្ឌលសុខភាព ត្រូវបានពិនិត្យសុវត្ថិភាពយ៉ាងហ្មត់ចត់។ ក្ដៅខ្លួនបន្តិច ឬឈឺកន្លែងចាក់ ១-២ ថ្ងៃ គឺជារឿងធម្មតា។ បើមានចម្ងល់ សួរពេទ្យផ្ទាល់ កុំសួរ TikTok។",
            "ជំងឺទឹកនោមផ្អែមមិនអាចព្យាបាលឲ្យជាដាច់ដោយស្លឹកឈើណាមួយបានទេ។ ការហូបចុកល្អ ការហាត់ប្រាណ និងការលេបថ្នាំតាមវេជ្ជបញ្ជា ជួយគ្រប់គ្រងជាតិស្ករបាន។ កុំឈប់ថ្នាំដោយខ្លួនឯង។",
            "ដើម្បីការពារផ្ដាសាយបក្សី៖ កុំប៉ះមាន់ទាដែលឈឺ ឬងាប់ដោយដៃទទេ ចម្អិនសាច់ និងពងឲ្យឆ្អិនល្អ ហើយលាងដៃនឹងសាប៊ូ។ បើក្ដៅខ្លួនក្រោយប៉ះបក្សីងាប់ ទៅពេទ្យភ្លាម។",
            "បើឃើញមនុស្សមាត់វៀច ដៃខ្សោយម្ខាង និយាយមិនច្បាស់ នោះអាចជាសញ្ញាដាច់សរសៃឈាមខួរក្បាល។ ពេលវេលាសំខាន់ណាស់ ហៅ ១១៩ ហើយនាំទៅមន្ទីរពេទ្យភ្លាម កុំព្យាបាលដោយខ្លួនឯង។",
        ],
        "en": [
            "Dengue season is here. If your child has a high fever for more than 2 days, vomiting or belly pain, go to a health centre right away. Paracetamol is fine for fever, but avoid aspirin and ibuprofen.",
            "After a flood, drink only boiled or sealed bottled water. Wells that were under floodwater can carry diarrhoea germs.",
            "Heat stroke signs: hot dry skin, dizziness, confusion. Move the person into the shade, cool them with water and call 119.",
            "The free childhood vaccines at health centres are safety-tested. A mild fever or a sore arm for a day or two is normal. If you have questions, ask a nurse, not TikTok.",
            "Face drooping, one arm weak, slurred speech: these can be stroke signs. Time matters, call 119 and get to a hospital. Don't try home remedies.",
        ],
        "mixed": [
            "Dengue season ហើយ 🦟 កូនក្ដៅខ្លួនលើស 2 ថ្ងៃ ក្អួត ឈឺពោះ → ទៅមណ្ឌលសុខភាពភ្លាម paracetamol ប្រើបាន តែកុំ aspirin",
            "Heat stroke signs៖ ស្បែកក្ដៅស្ងួត វិលមុខ ច្របូកច្របល់ → នាំទៅម្លប់ ជូតទឹកត្រជាក់ call 119",
            "Vaccine កុមារនៅមណ្ឌលសុខភាព safe ណា ក្ដៅខ្លួនបន្តិច 1-2 ថ្ងៃ normal ទេ មានចម្ងល់សួរ nurse កុំសួរ TikTok 😅",
        ],
        "km-latn": [
            "rodov vossa mok dol hz, krun cham kompung laeng. kon kdao kluon leus 2 thngai, kuot, chheu poh, nam tov mondol sokhapheap plam",
            "kroy tek chumnoun phuk tae tek sngor chhin ot tek dob, tek andong del lich tek ach mean merok reak",
            "kdao klang nas pel nis, ber khernh neak vil muk, sbek kdao snguot, nam tov mlob, jut tek trocheak, call 119",
            "tek nom pa'em ot ach pyeabal oy chea dach doy slek chheu te, nham oy laor, hat pran, leb thnam tam pet, kom chob thnam eng",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-complaint",
    stratum="wide",
    neg_kind="complaint",
    source="handwritten",
    templates={
        "km": [
            "ធនាគារទន្លេនេះយ៉ាងម៉េចហ្នឹង? App គាំងបីថ្ងៃជាប់គ្នា ផ្ទេរលុយមិនចេញ ហៅ hotline ចាំ ៤០ នាទី គ្មានអ្នកលើក។ ខ្ញុំត្រូវបង់ថ្លៃផ្ទះថ្ងៃនេះ!! 😡",
            "NagaTel កាត់លុយក្នុងស៊ីមខ្ញុំ ២ ដុល្លាររាល់សប្ដាហ៍ សម្រាប់សេវាអ្វីមួយដែលខ្ញុំមិនដែលចុះឈ្មោះ។ ទៅហាងគេប្រាប់ឲ្យផ្ញើ SMS បញ្ឈប់ ផ្ញើហើយនៅតែកាត់។ អន់ដល់ហើយ។",
            "ស្ករមួយគីឡូ ឡើងពី ៣,៥០០ ទៅ ៥,០០០ រៀល ក្នុងមួយខែ។ ម្ចាស់ហាងថាមកពីថ្លៃដឹកជញ្ជូន។ អ៊ីចឹងអ្នកលក់នំដូចខ្ញុំ ចំណេញតែខ្យល់ហើយ។",
            "ម៉ាស៊ីន ATM នៅផ្សារយើង ស៊ីលុយខ្ញុំ ១០០ ដុល្លារ តែលុយមិនចេញ។ ធនាគារថាត្រូវរង់ចាំ ១៥ ថ្ងៃធ្វើការ ដើម្បីពិនិត្យ។ ១៥ ថ្ងៃ! លុយខ្លួនឯងសោះ!",
            "អ៊ីនធឺណិតផ្ទះខ្ញុំបង់ ២៥ ដុល្លារក្នុងមួយខែ តែយប់ណាក៏ដាច់ៗ មើលវីដេអូមិនបាន កូនរៀនអនឡាញក៏មិនបាន។ ហៅជាងមកបីដងហើយ នៅតែដដែល។ ចង់ប្ដូរក្រុមហ៊ុនណាស់ហើយ។",
        ],
        "en": [
            "Three days now the Tonle Bank app has been down, transfers failing, hotline on hold for 40 minutes with nobody answering. My rent is due TODAY.",
            "NagaTel keeps deducting $2 a week from my balance for some 'service' I never signed up for. The shop told me to text STOP, I did, and they still charge me. Useless.",
            "The ATM at our market swallowed $100 and gave me nothing. The bank says wait 15 working days for an investigation. Fifteen days for my own money!",
            "Paying $25 a month for home internet that drops every evening. Can't stream, the kids can't do online class. The technician came three times and nothing changed.",
        ],
        "mixed": [
            "App ធនាគារ down 3 ថ្ងៃហើយ transfer មិនចេញ hotline hold 40 នាទី 😡 ថ្ងៃនេះត្រូវបង់ថ្លៃផ្ទះ!!",
            "NagaTel កាត់លុយ $2/week សម្រាប់ service ដែលខ្ញុំមិនដែល subscribe ផ្ញើ STOP ហើយនៅតែកាត់ worst",
            "ស្ករ 1kg ឡើងពី 3,500 ទៅ 5,000 រៀល ក្នុងមួយខែ 🤬 អ្នកលក់នំដូចខ្ញុំ profit តែខ្យល់",
        ],
        "km-latn": [
            "app bank nis yang mech? kouch 3 thngai hz, pherm luy ot chenh, call hotline cham 40 neati ot mean neak lerk",
            "nagatel kat luy knong sim knhom 2$ real atit, knhom ot del chuh chmous ey te, pherm STOP hz nov tae kat, orn nas",
            "ATM nov psar si luy knhom 100$ tae luy ot chenh, bank tha cham 15 thngai, luy khluon eng sos!",
            "internet ptes bong 25$ mouy khae tae dach real yub, kon rien online ot ban, hav cheang mok 3 dong hz nov dodael",
        ],
    },
))

THEMES.append(Theme(
    key="wf-hw-benign-hard",
    stratum="wide",
    neg_kind="benign",
    hard=True,
    source="handwritten",
    templates={
        "km": [
            "ហាងកាហ្វេយើងអបអរខួប ៣ ឆ្នាំ! ទិញ ១ ថែម ១ សម្រាប់កាហ្វេទឹកកកទាំងអស់ ពីថ្ងៃសុក្រ ដល់ថ្ងៃអាទិត្យ។ មិនចាំបាច់ចុចលីង ឬចុះឈ្មោះអ្វីទេ គ្រាន់តែមកហាងផ្ទាល់។",
            "ជូនដំណឹងពីសាលាបឋមសិក្សាភូមិយើង៖ ដោយសារមានការជួសជុលដំបូលអគារ ក ថ្នាក់ទី៤ និងទី៥ នឹងរៀននៅអគារ ខ ជាបណ្ដោះអាសន្នចាប់ពីថ្ងៃច័ន្ទ។ សាលាមិនយកថ្លៃអ្វីបន្ថែមទេ។",
            "ក្រុមហ៊ុនយើងត្រូវការបុគ្គលិកផ្នែកលក់ ២ នាក់ នៅភ្នំពេញ ប្រាក់ខែ ៣០០-៤០០ ដុល្លារ អាស្រ័យលើបទពិសោធន៍។ ដាក់ពាក្យដោយផ្ទាល់នៅការិយាល័យ ឬផ្ញើ CV តាមអ៊ីមែល។ យើងមិនយកថ្លៃដាក់ពាក្យទេ។",
            "🎁 ចាប់រង្វាន់ពិតៗ! ទិញទំនិញគ្រប់ ២០ ដុល្លារ នៅផ្សារទំនើបរបស់យើង ទទួលបានសន្លឹកឆ្នោតមួយ សម្រាប់ចាប់រង្វាន់ម៉ូតូនៅថ្ងៃទី៣០ ដោយផ្ទាល់ចំពោះមុខអតិថិជន។",
            "សាលាបានសម្រេចឲ្យសិស្សឈប់សម្រាកនៅថ្ងៃព្រហស្បតិ៍នេះ ដើម្បីរៀបចំការប្រឡងឆមាស។ សេចក្ដីជូនដំណឹងមានហត្ថលេខាលោកនាយក ហើយបិទនៅក្ដារខៀនមុខសាលា។ សូមអាណាព្យាបាលពិនិត្យមើល។",
            "មជ្ឈមណ្ឌលរបស់យើងកំពុងបើកវគ្គភាសាកូរ៉េ សម្រាប់អ្នកត្រៀមប្រឡងទៅធ្វើការនៅកូរ៉េ។ ការចុះឈ្មោះប្រឡងពិតប្រាកដ ធ្វើតាមក្រសួងការងារតែប៉ុណ្ណោះ ហើយយើងមិនធានាការងារឲ្យទេ។",
            "Mekong Wallet ប្រូម៉ូសិនខែនេះ៖ បង់វិក្កយបត្រទឹកភ្លើងក្នុង App ទទួលបានប្រាក់ត្រឡប់វិញ ៥%។ មើលលក្ខខណ្ឌក្នុង App ផ្លូវការ។ យើងមិនដែលសុំលេខ PIN ឬ OTP ទេ។",
        ],
        "en": [
            "Our café turns 3! Buy one get one free on all iced coffees, Friday to Sunday. No links, no sign-up, just come to the shop.",
            "We're hiring 2 sales staff in Phnom Penh, $300-400/month depending on experience. Apply in person at our office or email your CV. We never charge application fees.",
            "Real lucky draw: every $20 spent at our supermarket gets you a ticket for the motorbike draw on the 30th, held live in the store in front of customers.",
            "School notice: classes are off this Thursday for exam preparation. The signed notice from the principal is on the board at the school gate. Parents, please check.",
        ],
        "mixed": [
            "Café យើងខួប 3 ឆ្នាំ 🎉 Buy 1 Get 1 free កាហ្វេទឹកកក Fri-Sun មិនបាច់ click link អីទេ មកហាងផ្ទាល់",
            "Hiring 📢 Sales staff 2 នាក់ នៅភ្នំពេញ $300-400 apply ផ្ទាល់ ឬ email CV ✅ មិនយកថ្លៃដាក់ពាក្យទេ",
            "Mekong Wallet promo ខែនេះ៖ បង់ថ្លៃទឹកភ្លើងក្នុង app បាន cashback 5% ព័ត៌មានលម្អិតតែក្នុង app official ប៉ុណ្ណោះ",
        ],
        "km-latn": [
            "hang kafe yeung khuob 3 chnam, tinh 1 thaem 1 kafe tek kok, sok dol atit, ot bach chuch link ey te, mok hang pteal",
            "krumhun yeung tro ka bokkolik luk 2 nak nov pp, prak khae 300-400$, dak peak pteal ot email CV, ot yok thlai te",
            "sala chob somrak thngai prohos nis dermbey riebcham prolong chhamas, prokas mean hathalekha lok neayok nov kdar khien muk sala",
            "tinh 20$ nov psar tumnerb yeung ban sanlek chab rongvean moto thngai ti 30, chab pteal muk ahtitchun",
        ],
    },
))

# --- Templated themes (slots) ------------------------------------------------------------------

# Fabricated measures, worded calmly: no "urgent", no "share".
_MEASURE: dict[str, list[str]] = {
    "km": ["សាលារៀនទាំងអស់នៅខេត្ត{province}នឹងបិទរហូតដល់ខែក្រោយ", "ក្រដាសប្រាក់ ៥០,០០០ រៀល នឹងលែងប្រើបានទៀត",
           "គណនីធនាគារដែលគ្មានរូបថតមុខនឹងត្រូវបិទ", "ស៊ីមកាតទាំងអស់ត្រូវចុះឈ្មោះឡើងវិញតាមលីងអនឡាញ",
           "ថ្ងៃបោះឆ្នោតត្រូវប្ដូរទៅថ្ងៃច័ន្ទ", "ប្រជាពលរដ្ឋម្នាក់ៗនឹងទទួលបានប្រាក់ឧបត្ថម្ភ {money} តាម App",
           "ការលក់ទឹកកកនៅតាមផ្សារត្រូវហាមឃាត់ ដោយសារមានមេរោគ", "ម៉ូតូដែលប្រើលើសពី ១០ ឆ្នាំ ត្រូវហាមជិះលើផ្លូវជាតិ"],
    "en": ["all schools in {province} will close until next month", "the 50,000 riel note will no longer be accepted",
           "bank accounts without a face photo will be closed", "every SIM card must be re-registered through an online link",
           "election day has been moved to Monday", "every citizen will receive {money} through an app",
           "selling ice at markets is banned because of a virus", "motorbikes older than 10 years are banned from national roads"],
    "lt": ["sala rien teang ors nov {province} nung bet dol khae kroy", "luy 50 pean riel nung leng prae",
           "account bank ot mean rub muk nung tro bet", "sim teang ors tro chuh chmous thmey tam link online",
           "thngai bos chnaot pdo tov thngai chan", "prachachon mnak mnak nung ban luy {money} tam app",
           "ham luk tek kok nov psar pruos mean merok", "moto leus 10 chnam ham jih leu plov cheat"],
}

THEMES.append(Theme(
    key="wf-t-fake-calm-notice",
    stratum="wide",
    fake_news=1,
    slots={
        "measure": _MEASURE,
        "num": {"km": ["០៣៧", "១១២", "២០៤", "០៥៨", "៣១៩"], "en": ["037", "112", "204", "058", "319"]},
    },
    templates={
        "km": [
            "សេចក្ដីជូនដំណឹងលេខ {num}៖ {ministry}សូមជម្រាបជូនសាធារណជនថា {measure} ដោយចូលជាធរមាន{time}។ សូមអរគុណចំពោះការយោគយល់។",
            "{ministry}បានសម្រេចថា {measure}។ វិធានការនេះនឹងអនុវត្តដំបូងនៅខេត្ត{province}។",
            "ព័ត៌មានបន្ថែមពីកិច្ចប្រជុំថ្ងៃនេះ៖ {official}បានបញ្ជាក់ថា {measure}។ លិខិតផ្លូវការនឹងចេញក្នុងពេលឆាប់ៗ។",
            "សំណួរ៖ តើមានអ្វីផ្លាស់ប្ដូរនៅខែក្រោយ?\nចម្លើយ៖ {measure} តាមការណែនាំរបស់{ministry}។",
            "(រូបលិខិតមានត្រា) {ministry}៖ {measure}។ អ្នកដែលមិនអនុវត្តនឹងត្រូវពិន័យ {money}។",
        ],
        "en": [
            "Notice No. {num}: the {ministry} informs the public that {measure}, effective {time}. Thank you for your understanding.",
            "The {ministry} has decided that {measure}. The measure applies first in {province}.",
            "Follow-up from today's meeting: {official} confirmed that {measure}. The formal letter will be issued shortly.",
            "Q: What changes next month?\nA: According to the {ministry}, {measure}.",
            "(photo of a stamped letter) {ministry}: {measure}. Anyone who does not comply faces a fine of {money}.",
        ],
        "mixed": [
            "Notice {num} ពី{ministry}៖ {measure} effective {time}។ Thank you ចំពោះការយោគយល់",
            "{ministry} decide ហើយថា {measure} ចាប់ផ្ដើមពីខេត្ត{province}មុន",
            "Update ពី meeting ថ្ងៃនេះ៖ {official} confirm ថា {measure} official letter ចេញឆាប់ៗ",
            "Q: ខែក្រោយមានអីប្ដូរ?\nA: {measure} តាម{ministry}",
        ],
        "km-latn": [
            "sechkdey chun dom nung lek {num}: {ministry} prab tha {measure}, chol chea thoremean {time}. or kun",
            "{ministry} somrech hz tha {measure}, chab pi khet {province} mun",
            "meeting thngai nis {official} banhjeak tha {measure}, lekhet pit nung chenh chhab chhab",
            "Q: khae kroy mean ey pdo?\nA: {measure}, tam {ministry}",
        ],
    },
))

THEMES.append(Theme(
    key="wf-t-fake-testimony",
    stratum="wide",
    fake_news=1,
    slots={
        "rel": {
            "km": ["បងប្អូនជីដូនមួយខ្ញុំដែលធ្វើការនៅពេទ្យ", "មិត្តខ្ញុំដែលធ្វើការនៅធនាគារ", "ពូខ្ញុំដែលជាប៉ូលិស",
                   "ប្អូនស្រីខ្ញុំដែលធ្វើការនៅក្រសួង", "អ្នកជិតខាងខ្ញុំដែលជាគ្រូបង្រៀន", "បងថ្លៃខ្ញុំដែលធ្វើការនៅរដ្ឋាករទឹក"],
            "en": ["my cousin who works at the hospital", "a friend who works at the bank", "my uncle who is in the police",
                   "my sister who works at the ministry", "my neighbour who is a teacher", "my brother-in-law at the water authority"],
            "lt": ["bong chi doun mouy knhom del tver nov pet", "mit knhom del tver nov bank", "pou knhom del chea police",
                   "oun srey knhom tver nov krasuong", "neak jit khang knhom chea kru", "bong thlai knhom tver nov rodthakar tek"],
        },
        "secret": {
            "km": ["{disease}កំពុងរាលដាលនៅ{province} ហើយពេទ្យត្រូវគេហាមមិនឲ្យនិយាយ", "{bank}នឹងបិទគណនីទាំងអស់នៅចុងខែនេះ",
                   "{disaster}នៅ{province}", "សាលារៀនទាំងអស់នឹងបិទ{time} តែមិនទាន់ប្រកាសទេ",
                   "ទឹកម៉ាស៊ីននៅ{province}មានសារធាតុពុល", "ប្រាក់រៀលនឹងធ្លាក់ថ្លៃពាក់កណ្ដាលនៅខែក្រោយ"],
            "en": ["{disease} is spreading in {province} and doctors have been told to keep quiet",
                   "{bank} will close every account at the end of this month", "{disaster} near {province}",
                   "all schools will close {time} but it hasn't been announced yet",
                   "the tap water in {province} has been contaminated with poison", "the riel will lose half its value next month"],
            "lt": ["{disease} kompung rolt dal nov {province}, pet tro ke ham min oy niyeay", "{bank} nung bet account teang ors chong khae nis",
                   "{disaster} nov {province}", "sala rien nung bet {time} tae ot torn prokas te",
                   "tek masin nov {province} mean thnam pul", "luy riel nung thleak thlai pak kandal khae kroy"],
        },
    },
    templates={
        "km": [
            "ខ្ញុំមិនដឹងថាគួរប្រាប់ឬអត់ទេ តែ{rel}ប្រាប់ថា {secret}។ ប្រុងប្រយ័ត្នខ្លួនផង។",
            "ម្សិលមិញខ្ញុំនិយាយទូរស័ព្ទជាមួយ{rel}។ គាត់ថា {secret}។ គាត់មិនដែលកុហកខ្ញុំទេ។",
            "មិនមែនចង់ឲ្យភ័យទេ តែ{rel}ទើបផ្ញើសារមកថា {secret}។ ទិញអង្ករ និងទឹកទុកខ្លះទៅ។",
            "ព័ត៌មានផ្ទាល់ពីខាងក្នុង៖ {secret}។ ប្រភព៖ {rel}។ កុំរង់ចាំប្រកាសផ្លូវការ ព្រោះដល់ពេលនោះយឺតហើយ។",
        ],
        "en": [
            "Not trying to scare anyone, but {rel} just texted me that {secret}. Stock up on rice and water.",
            "Talked to {rel} last night. They say {secret}. They have never lied to me.",
            "Inside info: {secret}. Source: {rel}. Don't wait for the official announcement, by then it's too late.",
            "I wasn't sure whether to post this, but {rel} told me {secret}. Be careful out there.",
        ],
        "mixed": [
            "{rel} text មកថា {secret} 😨 stock អង្ករ និងទឹកទុកខ្លះទៅ",
            "Inside info៖ {secret}។ Source គឺ{rel} កុំរង់ចាំ official announce",
            "ម្សិលមិញ call ជាមួយ{rel} គាត់ថា {secret} គាត់មិនកុហកទេ",
            "មិនដឹងគួរ post ឬអត់ តែ{rel}ប្រាប់ថា {secret} be careful",
        ],
        "km-latn": [
            "{rel} text mok prab tha {secret}, tinh ongkor tek tuk klah tov",
            "yub minh niyeay phone jea mouy {rel}, gat tha {secret}, gat ot del kohok knhom te",
            "inside info: {secret}. source: {rel}. kom cham prokas pit, yeut pel hz",
            "ot deng kour post ot te, tae {rel} prab tha {secret}, prong prayat pong",
        ],
    },
))

# False claims that the fact-check themes quote in order to reject them (the same ground as the
# positives above, so that only the framing separates the two).
_CLAIMS_WF: dict[str, list[str]] = {
    "km": ["សាលារៀនទាំងអស់នៅខេត្ត{province}នឹងបិទរហូតដល់ខែក្រោយ", "ក្រដាសប្រាក់ ៥០,០០០ រៀល នឹងលែងប្រើបាន",
           "{bank}នឹងបិទគណនីទាំងអស់នៅចុងខែនេះ", "ទឹកម៉ាស៊ីននៅ{province}មានសារធាតុពុល", "អាចបោះឆ្នោតតាម SMS បាន",
           "{cure}ព្យាបាល{disease}បានជាដាច់", "{disaster}នៅ{province}", "រដ្ឋាភិបាលចែកប្រាក់ {money} តាមលីង"],
    "en": ["all schools in {province} will close until next month", "the 50,000 riel note will no longer be accepted",
           "{bank} will close every account at the end of the month", "the tap water in {province} has been poisoned",
           "you can vote by SMS", "{cure} cures {disease} for good", "{disaster} near {province}",
           "the government is giving out {money} through a link"],
    "lt": ["sala rien teang ors nov {province} nung bet dol khae kroy", "luy 50 pean riel nung leng prae",
           "{bank} nung bet account teang ors chong khae", "tek masin nov {province} mean thnam pul", "ach bos chnaot tam SMS",
           "{cure} pyeabal {disease} chea dach", "{disaster} nov {province}", "rodthaphibal chek luy {money} tam link"],
}

THEMES.append(Theme(
    key="wf-t-fc-claimfact",
    stratum="wide",
    neg_kind="fact_check",
    slots={
        "claim": _CLAIMS_WF,
        "src": {
            "km": ["ក្រសួងពាក់ព័ន្ធ", "អាជ្ញាធរមានសមត្ថកិច្ច", "អ្នកនាំពាក្យរាជរដ្ឋាភិបាល", "មន្ត្រីទទួលបន្ទុក", "រដ្ឋបាលខេត្ត"],
            "en": ["the relevant ministry", "the authorities", "the government spokesperson", "the officials in charge",
                   "the provincial administration"],
            "lt": ["krasuong pak pon", "ach nhathor", "neak nam peak rodthaphibal", "montrey tortuol bontuk", "rodthabal khet"],
        },
    },
    templates={
        "km": [
            "ការអះអាង៖ {claim}។\nការពិត៖ {src}បានបដិសេធ ហើយមិនមានឯកសារផ្លូវការណាមួយបញ្ជាក់ទេ។",
            "អ្នកអានសួរថា តើពិតទេថា {claim}? ចម្លើយខ្លី៖ មិនពិតទេ។ {src}បានបញ្ជាក់រួចហើយ។",
            "ក្រោយពីពិនិត្យប្រភពទាំងអស់ យើងមិនឃើញភស្តុតាងណាមួយថា {claim} ទេ។ សេចក្ដីសន្និដ្ឋាន៖ ព័ត៌មានក្លែងក្លាយ។",
            "❌ «{claim}» — សារនេះកំពុងវិលក្នុងក្រុមឆាត តែ{src}ថាមិនពិតទេ។",
            "ខ្ញុំក៏ធ្លាប់ជឿដែរថា {claim} រហូតដល់ខ្ញុំអានសេចក្ដីបំភ្លឺរបស់{src}។ វាមិនពិតទេ។",
        ],
        "en": [
            "Claim: {claim}.\nFact: {src} denied it and no official document supports it.",
            "A reader asked whether it's true that {claim}. Short answer: no, according to {src}.",
            "After checking every source we could find, there is no evidence that {claim}. Verdict: false.",
            "❌ \"{claim}\" — this is going around in chat groups, but according to {src} it is not true.",
            "I believed that {claim} too, until I read the clarification from {src}. It's false.",
        ],
        "mixed": [
            "Claim៖ {claim}\nFact៖ {src} deny ហើយ គ្មានឯកសារ official ទេ",
            "តើពិតទេថា {claim}? No ❌ {src} confirm ថាមិនពិត",
            "Check គ្រប់ source ហើយ គ្មាន evidence ថា {claim} ទេ → FAKE",
            "ខ្ញុំក៏ធ្លាប់ជឿថា {claim} ដែរ រហូតដល់អាន clarification ពី{src} ✅ មិនពិតទេ",
        ],
        "km-latn": [
            "claim: {claim}. fact: {src} deny hz, ot mean aksar pit te",
            "pit ot tha {claim}? ot pit te, {src} banhjeak hz",
            "check source teang ors hz ot khernh pos tang tha {claim} te, fake",
            "knhom k thlob jeu tha {claim} dae, rohut an sechkdey bompleu pi {src}, ot pit te",
        ],
    },
))

THEMES.append(Theme(
    key="wf-t-fc-family",
    stratum="wide",
    neg_kind="fact_check",
    slots={
        "claim": _CLAIMS_WF,
        "kin": {"km": ["ម៉ាក់", "ប៉ា", "យាយ", "ពូ", "មីង", "តា"], "en": ["Mum", "Dad", "Grandma", "Uncle", "Auntie", "Grandpa"],
                "lt": ["mak", "pa", "yeay", "pou", "ming", "ta"]},
        "check": {
            "km": ["ខ្ញុំបានឆែកផេកផ្លូវការហើយ គ្មានសេចក្ដីប្រកាសបែបនេះទេ", "ក្រសួងបានបដិសេធតាំងពីម្សិលមិញ",
                   "វាជាសារចាស់ដែលវិលមកម្ដងទៀត", "សារនោះគ្មានប្រភព គ្មានកាលបរិច្ឆេទ គ្មានហត្ថលេខា"],
            "mx": ["ខ្ញុំ check page official ហើយ គ្មាន announcement ទេ", "ក្រសួង deny តាំងពីម្សិលមិញ",
                   "វាជា message ចាស់ដែល viral ម្ដងទៀត", "សារនោះ no source no date no signature"],
            "en": ["I checked the official page and there is no such announcement", "The ministry denied it yesterday",
                   "It's an old message that keeps coming back", "It has no source, no date and no signature"],
            "lt": ["knhom check page pit hz ot mean prokas te", "krasuong deny tang pi msel minh",
                   "sar chas del vil mok vinh", "ot mean source ot mean kalbarichet"],
        },
    },
    templates={
        "km": [
            "{kin} សារដែលថា {claim} នោះ មិនពិតទេ។ {check}។",
            "{kin}អើយ កុំជឿអី។ គេថា {claim} តែ{check}។",
            "ឆ្លើយក្នុងក្រុមគ្រួសារ៖ ទេ{kin} រឿងថា {claim} នោះ ជាព័ត៌មានកុហក។ {check}។",
            "ព្រឹកនេះ{kin}ផ្ញើសារមកខ្ញុំថា {claim}។ ខ្ញុំពន្យល់គាត់ថាមិនពិតទេ ព្រោះ{check}។",
        ],
        "en": [
            "{kin}, the message saying {claim} is not true. {check}.",
            "{kin} please don't believe it. They say {claim}. {check}.",
            "Reply in the family group: no {kin}, the story that {claim} is a lie. {check}.",
            "This morning {kin} sent me a message saying {claim}. I explained it's false. {check}.",
        ],
        "mixed": [
            "{kin} message ថា {claim} នោះ fake ទេ 🙏 {check}",
            "{kin}អើយ កុំជឿអី គេថា {claim} តែ{check}",
            "Reply ក្នុង family group៖ No {kin} រឿងថា {claim} គឺ fake {check}",
            "ព្រឹកនេះ{kin} forward មកថា {claim} ខ្ញុំ explain ថាមិនពិតទេ {check}",
        ],
        "km-latn": [
            "{kin}, sar del tha {claim} nuh ot pit te. {check}",
            "{kin} ey kom jeu, ke tha {claim} tae {check}",
            "reply knong group krusa: ot te {kin}, roeung tha {claim} chea kohok. {check}",
            "pruk nis {kin} forward mok tha {claim}, knhom pon yul tha ot pit te, {check}",
        ],
    },
))

THEMES.append(Theme(
    key="wf-t-warn-lure",
    stratum="wide",
    neg_kind="official_warning",
    slots={
        "issuer": {
            "km": ["{bank}", "{ministry}", "នគរបាលខេត្ត{province}"],
            "en": ["{bank}", "the {ministry}", "{province} provincial police"],
            "lt": ["{bank}", "{ministry}", "police {province}"],
        },
        "lure": {
            "km": ["ចែកលុយ {money} ឥតគិតថ្លៃ", "អ្នកបានឈ្នះរង្វាន់ម៉ូតូ", "ការងារនៅបរទេសប្រាក់ខែខ្ពស់ មិនត្រូវការបទពិសោធន៍",
                   "ផ្ទៀងផ្ទាត់គណនីក្នុង ២៤ ម៉ោង", "ចុះឈ្មោះស៊ីមឡើងវិញតាមអនឡាញ"],
            "en": ["free {money} for every customer", "you won a motorbike", "high-paid jobs abroad, no experience needed",
                   "verify your account within 24 hours", "re-register your SIM online"],
            "lt": ["chek luy {money} free", "chneas moto", "kangea krao srok prak khae khpos", "verify account knong 24h",
                   "chuh chmous sim thmey tam link"],
        },
    },
    templates={
        "km": [
            "{issuer}សូមជូនដំណឹង៖ សារ ឬផេកដែលអះអាងថា «{lure}» ហើយភ្ជាប់ជាមួយលីង {link} មិនមែនជារបស់យើងទេ។ សូមកុំបំពេញព័ត៌មានផ្ទាល់ខ្លួន។",
            "ប្រយ័ត្ន! មានគេប្រើឈ្មោះ{issuer}ដើម្បីផ្សព្វផ្សាយ «{lure}»។ យើងមិនដែលសុំលេខ PIN ឬ OTP ទេ។ បើបានចុចរួចហើយ សូមប្ដូរលេខសម្ងាត់ភ្លាម។",
            "ព្រមាន៖ លីង {link} គឺជាគេហទំព័របន្លំ។ ព័ត៌មានពិតរបស់{issuer}មានតែនៅលើផេកដែលមានសញ្ញាផ្ទៀងផ្ទាត់ប៉ុណ្ណោះ។",
            "ចំណាំ៖ បើឃើញការផ្សាយថា «{lure}» តាម{platform} សូមរាយការណ៍ទៅប៉ូលិស ១១៧ កុំផ្ទេរលុយ ហើយកុំចុចលីង។ — {issuer}",
        ],
        "en": [
            "Notice from {issuer}: messages or pages promising \"{lure}\" with the link {link} are not ours. Do not enter any personal details.",
            "Be careful! Someone is using the name of {issuer} to advertise \"{lure}\". We never ask for your PIN or OTP. If you already clicked, change your password now.",
            "Warning: {link} is a phishing site. Genuine information from {issuer} is only published on our verified page.",
            "If you see \"{lure}\" advertised on {platform}, report it to police on 117, don't transfer money and don't click. — {issuer}",
        ],
        "mixed": [
            "{issuer} notice ⚠️ page ឬ message ថា «{lure}» + link {link} មិនមែនរបស់យើងទេ កុំដាក់ព័ត៌មានផ្ទាល់ខ្លួន",
            "ប្រយ័ត្ន scam! គេប្រើឈ្មោះ{issuer} ផ្សាយ «{lure}» យើងមិនដែលសុំ PIN/OTP ទេ",
            "Warning៖ {link} ជា phishing site ព័ត៌មានពិតពី{issuer}មានតែលើ verified page",
            "ឃើញ «{lure}» លើ {platform}? report ទៅ 117 កុំ transfer លុយ កុំ click — {issuer}",
        ],
        "km-latn": [
            "{issuer} prab: page ot sar tha \"{lure}\" jea mouy link {link} min men robos yeung te, kom dak pormean pteal kluon",
            "prong prayat! ke prae chmous {issuer} dermbey \"{lure}\", yeung ot del som PIN ot OTP te",
            "warning: {link} chea site bok. pormean pit pi {issuer} mean tae leu page verified",
            "khernh \"{lure}\" leu {platform}? report tov police 117, kom pherm luy, kom chuch. - {issuer}",
        ],
    },
))

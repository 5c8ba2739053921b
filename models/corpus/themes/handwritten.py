# ruff: noqa: E501
"""Posts written whole, once each: longer, messier, less formulaic than the templates.

Each is its own family (`hw-...-<lang>-<nn>`), so grouped splits treat them like templates."""

from __future__ import annotations

from models.corpus.types import Theme

THEMES: list[Theme] = [
    Theme(
        key="hw-fake",
        fake_news=1,
        source="handwritten",
        templates={
            "km": [
                "ព័ត៌មានពីម៉ាក់មីងខ្ញុំនៅពេទ្យ៖ ថ្ងៃនេះមានអ្នកជំងឺគ្រុនឈាមស្លាប់ ៥០ នាក់ តែពេទ្យហាមមិនឲ្យប្រាប់ព័ត៌មាន។ កុំទុកកូនចេញក្រៅពេលល្ងាច។ ចែកឲ្យគ្នាដឹងផង!!",
                "អ្នកណាធ្លាប់ប្រើ App ថ្មីនេះទេ? វាផ្ដល់ ៥ ដុល្លាររាល់ថ្ងៃ គ្រាន់តែមើលវីដេអូ។ ខ្ញុំដកបាន ៣០០ ដុល្លារហើយ ចុចលីងក្នុង comment ចុះឈ្មោះដោយប្រើលេខខ្ញុំ។",
                "ក្រសួងអប់រំទើបតែសម្រេចឲ្យសិស្សទាំងអស់ឡើងថ្នាក់ដោយមិនបាច់ប្រឡង ដោយសារកំដៅខ្លាំង។ ឯកសារផ្លូវការនឹងចេញស្អែក។ ចែកទៅក្រុមឪពុកម្ដាយផង។",
            ],
            "en": [
                "My aunt who works at the hospital said 50 people died of dengue today but doctors are ordered to keep quiet. Keep your kids inside after dark. SHARE!!",
                "anyone tried this new app? pays $5 a day just for watching videos. i already withdrew $300, link in comments, use my code when you sign up",
                "So apparently the tap water in Phnom Penh has been mixed with chemicals to make people sleepy before the election. Boil everything, trust no one.",
            ],
            "mixed": [
                "App ថ្មីនេះឲ្យ $5/day គ្រាន់តែមើល video 😍 ខ្ញុំដកបាន $300 ហើយ link នៅ comment ប្រើ code ខ្ញុំ",
                "Breaking ពីមិត្តខ្ញុំធ្វើការនៅ airport៖ COVID variant ថ្មីចូលស្រុកហើយ lockdown ថ្ងៃស្អែក!! ទិញអង្ករទុកឲ្យហើយ share to your family",
            ],
            "km-latn": [
                "bong oun app thmey nis oy 5$ krup thngai kroan tae merl video, knhom dork ban 300$ hz, link nov comment",
                "mit knhom tver kar airport prab tha covid thmey chol srok hz, lockdown sa'ek, tinh ongkor tuk oy hz, share tov",
            ],
        },
    ),
    Theme(
        key="hw-abuse",
        abuse=("harassment",),
        source="handwritten",
        templates={
            "km": [
                "មីនេះហើយដែលដណ្ដើមប្ដីគេ មុខក្រាស់ដល់ហើយនៅ Live លក់ខោអាវទៀត។ បងប្អូនកុំទិញពីវា ចូលទៅ comment ឲ្យវាខ្មាសគេបន្តិចមើល",
                "ឯងគិតថាឯងស្អាតណាស់? មុខដូចខ្មោចឆៅ ចេះតែ post selfie រំខានភ្នែកគេ។ Unfriend ហើយ block ទៀត",
            ],
            "en": [
                "this is the girl who stole her friend's husband, shameless, still doing lives selling clothes. don't buy from her, go flood her comments",
                "You think you're pretty? You look like a ghost. Stop spamming selfies, nobody wants to see your face.",
            ],
            "mixed": ["ឯងគិតថាឯងស្អាតណាស់? មុខដូចខ្មោច stop spam selfie ទៅ nobody care 🤮"],
            "km-latn": ["mi nis heuy del dondoem pdey ke, muk kras nov live luk kao av tiet, kom tinh pi vea, chol comment oy vea khmas"],
        },
    ),
    Theme(
        key="hw-threat",
        abuse=("threat",),
        source="handwritten",
        templates={
            "km": ["រឿងដីនេះ បើឯងនៅតែប្ដឹងទៀត កុំភ្លេចថាកូនឯងដើរទៅសាលាម្នាក់ឯងរាល់ព្រឹក។ គិតឲ្យល្អ។"],
            "en": ["About the land case: if you keep pushing the complaint, remember your son walks to school alone every morning. Think carefully."],
            "mixed": ["រឿងដី​នេះ បើ​ឯង​នៅ​តែ​ប្ដឹង remember កូន​ឯង​ដើរ​ទៅ​សាលា​ម្នាក់​ឯង​រាល់​ព្រឹក"],
            "km-latn": ["roeung dei nis ber eng nov tae pdeng, kom phlech tha kon eng dae tov sala mnak eng real pruk. kit oy laor"],
        },
    ),
    Theme(
        key="hw-hate",
        abuse=("hate",),
        source="handwritten",
        templates={
            "km": ["ភូមិខ្ញុំឥឡូវពេញដោយយួនមករកស៊ី ពួកវាយកការងារយើងអស់ ហើយនៅតែមកនិយាយថាជាទឹកដីពួកវា។ ដល់ពេលបណ្ដេញចេញហើយ"],
            "en": ["my village is now full of yuon doing business, they take all our jobs and still say this is their land. time to kick them out"],
            "km-latn": ["phum knhom pel nis pen tae yuon mok rok si, pouk vea yok kangea yeung os, dol pel bondenh chenh hz"],
        },
    ),
    Theme(
        key="hw-child",
        abuse=("child_safety",),
        source="handwritten",
        templates={
            "km": ["ស្គាល់អូនពីក្រុម Free Fire ហើយ អូនលេងពូកែណាស់។ បងអាចទិញពេជ្រឲ្យ ៥០០ តែយើងជជែកក្នុង Telegram វិញ ហើយកុំប្រាប់បងប្រុសអូនណា។"],
            "en": ["hey i saw you in the free fire squad, you're really good. i can buy you 500 diamonds but let's talk on telegram instead and don't tell your big brother ok"],
            "mixed": ["ស្គាល់អូនពី squad Free Fire អូនលេង pro ណាស់ 🔥 បងទិញ diamond 500 ឲ្យ តែ chat Telegram វិញ កុំប្រាប់បងប្រុសអូនណា"],
            "km-latn": ["skoal oun pi squad free fire, oun leng pro nas, bong tinh diamond 500 oy tae chat telegram vinh, kom prab bong pros oun na"],
        },
    ),
    Theme(
        key="hw-hard",
        neg_kind="awareness",
        source="handwritten",
        templates={
            "km": [
                "ប៉ុន្មានថ្ងៃនេះមានសារថា «ទឹកម៉ាស៊ីនមានជាតិគីមី» ចែកគ្នាច្រើនណាស់ក្នុងក្រុមម្ដាយៗ។ ខ្ញុំបានសួរទៅរដ្ឋាករទឹកហើយ គេថាមិនពិតទេ ហើយមានលទ្ធផលតេស្តផ្សាយជាសាធារណៈ។ សូមកុំភ័យ ហើយកុំចែកបន្ត។",
                "កូនខ្ញុំអាយុ ១១ ឆ្នាំ ប្រាប់ថាមានមនុស្សចម្លែកក្នុងហ្គេមសុំលេខ Telegram ហើយសន្យាទិញពេជ្រឲ្យ។ អរគុណដែលកូនហ៊ានប្រាប់។ ម្ដាយៗ សូមនិយាយជាមួយកូនរឿងនេះផង។",
            ],
            "en": [
                "That message about \"chemicals in the tap water\" has been all over the mums' groups. I called the water authority, it's not true and the test results are public. Please don't panic and don't forward it.",
                "My 11 year old told me a stranger in a game asked for her Telegram and offered free diamonds. So glad she told me. Parents, please talk to your kids about this.",
            ],
            "mixed": ["កូនខ្ញុំអាយុ 11 ប្រាប់ថាមាន stranger ក្នុង game សុំ Telegram ហើយសន្យាទិញ diamond ឲ្យ 😰 parents សូម talk ជាមួយកូនផង"],
            "km-latn": ["kon knhom 11 chnam prab tha men mnus chmlek knong game som telegram nirng sonya tinh diamond oy, mak mak som niyeay jea mouy kon pong"],
        },
    ),
    Theme(
        key="hw-criticism",
        neg_kind="political_criticism",
        source="handwritten",
        templates={
            "km": ["ខ្ញុំមិនមែនប្រឆាំងរដ្ឋាភិបាលទេ តែផ្លូវចូលភូមិខ្ញុំនៅកំពង់ស្ពឺ ភក់ដល់ជង្គង់រាល់រដូវវស្សា។ ថវិកាជួសជុលប្រកាសរាល់ឆ្នាំ តែមិនដែលឃើញ។ សុំអាជ្ញាធរពន្យល់ផង។"],
            "en": ["I'm not against the government, but the road to my village in Kampong Speu is knee-deep mud every rainy season. Repair budgets get announced every year and we never see them. Please explain."],
            "km-latn": ["knhom min men prachang rodthaphibal te, tae phlov chol phum knhom phok dol chngkong real rodov vossa, thavika chuos chul prokas real chnam tae ot del khernh"],
        },
    ),
]

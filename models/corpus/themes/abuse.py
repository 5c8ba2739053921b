# ruff: noqa: E501  (phrase data: one template per line reads better than wrapped strings)
"""Abuse themes: harassment, hate (ethnic, religious, LGBT) and threats.

Written at indicator level: realistic enough for a classifier to learn the cues, no more extreme
than needed. Targets are invented people or whole groups; no real person is named."""

from __future__ import annotations

from models.corpus.types import Theme

_INSULT = {
    "km": ["អាឆ្កែ", "អាល្ងង់", "មីឆ្កួត", "អាឆ្កួត", "អាគ្មានប្រយោជន៍", "មីខូច", "អាចោរ", "អាតិរច្ឆាន", "មីល្ងង់"],
    "en": ["dog", "idiot", "stupid cow", "useless trash", "moron", "pig", "loser", "clown", "brainless fool"],
    "lt": ["a chkae", "a lngong", "mi chkuot", "a chkuot", "a kmean prayoch", "mi khoch", "a chor", "a tirachan",
           "mi lngong"],
}

THEMES: list[Theme] = [
    Theme(
        key="ab-insult",
        abuse=("harassment",),
        slots={"insult": _INSULT},
        templates={
            "km": [
                "{name} ឯងជា{insult}មែន ចេះតែនិយាយ។ បិទមាត់ទៅ! {emo_angry}",
                "មើលមុខ{insult}ហ្នឹងមើល៍ ខ្មាសគេខ្លាំងណាស់ ទៅងាប់ទៅ។",
                "អ្នកលក់ online ឈ្មោះ{name}នេះ ជា{insult} ឆបោកគេ។ គ្រប់គ្នាទៅ comment ជេរវាឲ្យបិទផេកទៅ!",
                "ឯងវាគ្មានតម្លៃ {insult} គ្មាននរណាស្រឡាញ់ឯងទេ។",
            ],
            "en": [
                "{name} you are such a {insult}, nobody asked your opinion. Shut up {emo_angry}",
                "Look at this {insult}'s face lol, so embarrassing, just disappear already.",
                "Everyone go to {name}'s page and tell her what a {insult} she is. Let's make her delete her account.",
                "You're worthless, a {insult}, no one will ever love you.",
                "@{name} go cry somewhere else you {insult}",
            ],
            "mixed": [
                "{name} ឯងជា {insult} មែន comment អីក៏ល្ងង់ 🤡",
                "Everyone ចូល page {name} ទៅ ជេរវាឲ្យ delete account!! {emo_angry}",
                "ឯង loser {insult} គ្មានអ្នកណា care ទេ",
            ],
            "km-latn": [
                "{name} eng chea {insult} men, bet mot tov! {emo_angry}",
                "merl mok {insult} nis mer, khmas ke nas, tov ngab tov",
                "pouk mak jol page {name} tov chher vea oy bet page",
                "eng kmean tomlay te {insult}, kmean neak na srolanh eng te",
            ],
        },
    ),
    Theme(
        key="ab-bodyshame",
        abuse=("harassment",),
        slots={"body": {
            "km": ["ខ្មៅដូចធ្យូង", "ធាត់ដូចជ្រូក", "អាក្រក់មើលមិនបាន", "ស្គមដូចឆ្អឹង", "ខ្លីដូចតុក្កតា"],
            "en": ["black as charcoal", "fat as a pig", "too ugly to look at", "skinny like a skeleton", "a midget"],
            "lt": ["khmao dauch thyoung", "thot dauch chrouk", "akrok merl min ban", "skom dauch chhoeng",
                   "tae tek tae tek"],
        }},
        templates={
            "km": ["នាង{name}{body} នៅតែហ៊ានប្រកាសរូប Live ទៀត។ អៀនជំនួស! 🤮",
                   "{name} ឯង{body} កុំចេញពីផ្ទះអី អាម៉ាស់គេ។",
                   "ស្រីអីក៏{body}ម្ល៉េះ ទៅរកប្ដីមិនបានទេមួយជីវិត ហាហា"],
            "en": ["{name} is {body} and still posts selfies lol 🤮",
                   "Girl you are {body}, stay home and stop embarrassing your family.",
                   "How can someone be {body}? No man will ever marry her {emo_laugh}"],
            "mixed": ["{name} {body} នៅតែ post selfie 🤮🤮", "Live ម្ដងទៀតហើយ {body} ណាស់ delete ទៅ"],
            "km-latn": ["{name} {body} nov tae post selfie {emo_laugh}", "srey ey {body} mles, rok pdey ot ban te",
                        "eng {body} kom chenh pi ptes, khmas ke"],
        },
    ),
    Theme(
        key="ab-shaming-exposure",
        abuse=("harassment",),
        weight=0.8,
        templates={
            "km": ["អ្នកណាស្គាល់ស្រីម្នាក់នេះ? ឈ្មោះ{name} រស់នៅ{province} ជាស្រីខូច ដណ្ដើមប្ដីគេ។ ចែករូបវាឲ្យពេញហ្វេស!",
                   "ខ្ញុំមានរូបឯកជនរបស់{name} ប្រសិនបើនាងមិនមកសុំទោស ខ្ញុំនឹង post ឲ្យគ្រប់គ្នាមើល។"],
            "en": ["Does anyone know this girl? {name} from {province}, a homewrecker. Share her photo everywhere!",
                   "I have {name}'s private pictures. If she doesn't apologise I'll post them for everyone to see.",
                   "Here's {name}'s phone number, her address is in {province}. Call her and tell her what you think."],
            "mixed": ["អ្នកណាស្គាល់ស្រីនេះ? {name} នៅ{province} homewrecker 😡 share photo វាឲ្យ viral",
                      "ខ្ញុំមាន private photo {name} បើមិនសុំទោស ខ្ញុំ post ទាំងអស់"],
            "km-latn": ["neak na skoal srey nis? {name} nov {province}, srey khoch dondoem pdey ke. share roup vea!",
                        "knhom men roup {name}, ber ot som tos knhom post oy ke merl teang ors",
                        "lek phone {name} nis, ptes nov {province}, tov chher vea"],
        },
    ),
    Theme(
        key="ab-hate-ethnic",
        abuse=("hate",),
        weight=1.8,
        slots={
            "group_slur": {
                "km": ["យួន", "អាយួន", "ពួកយួន", "ពួកចិនខ្មៅ", "ពួកចាម", "អាសៀម", "ពួកសៀម", "អាចិន"],
                "en": ["the Yuon", "Yuon people", "these Chinese", "the Cham", "the Siam", "Vietnamese rats",
                       "Chinese pigs"],
                "lt": ["yuon", "a yuon", "pouk yuon", "pouk chen", "pouk cham", "a siem", "pouk siem", "a chen"],
            },
            "hate_claim": {
                "km": ["ត្រូវតែបណ្ដេញចេញពីស្រុកខ្មែរឲ្យអស់", "ជាសត្វល្អិតដែលលេបទឹកដីយើង", "កខ្វក់ ហើយមិនមែនជាមនុស្សទេ",
                       "កុំជួលផ្ទះ កុំជួលការងារឲ្យពួកវា", "គ្មានសិទ្ធិរស់នៅលើទឹកដីខ្មែរទេ", "ជាចោរទាំងអស់"],
                "en": ["must all be kicked out of Cambodia", "are parasites eating our land", "are dirty and not even human",
                       "should never be rented a house or given a job", "have no right to live on Khmer soil",
                       "are all thieves"],
                "lt": ["tro tae bondenh chenh pi srok khmer", "chea sat lait leb dei yoeng", "kakvok min men chea mnus",
                       "kom chuol ptes oy pouk vea", "kmean setthi rous nov srok khmer", "chea chor teang ors"],
            },
        },
        templates={
            "km": [
                "{group_slur}{hate_claim}! {emo_angry}",
                "ខ្មែរគ្រប់គ្នាត្រូវដឹង៖ {group_slur}{hate_claim}។ កុំទិញអីពីហាងពួកវា។",
                "នៅ{province}ពេលនេះពេញដោយ{group_slur}ហើយ ពួកវា{hate_claim}។",
                "ខ្ញុំស្អប់{group_slur}ណាស់ ពួកវា{hate_claim}។",
                "ស្រុកខ្មែរសម្រាប់តែខ្មែរ! {group_slur}{hate_claim}។ #ខ្មែរស្រឡាញ់ខ្មែរ",
                "ហេតុអ្វីបានជាអាជ្ញាធរទុក{group_slur}នៅ{province}? ពួកវា{hate_claim}។",
            ],
            "en": [
                "{group_slur} {hate_claim}! {emo_angry}",
                "Every Khmer must know: {group_slur} {hate_claim}. Boycott their shops.",
                "{province} is full of {group_slur} now. They {hate_claim}.",
                "I can't stand {group_slur}, they {hate_claim}.",
                "Cambodia is for Khmers only! {group_slur} {hate_claim}.",
                "Why do the authorities let {group_slur} stay in {province}? They {hate_claim}.",
            ],
            "mixed": [
                "{group_slur} {hate_claim} 😡 boycott ហាងពួកវា!!",
                "{province} ពេញដោយ {group_slur} ហើយ, ពួកវា{hate_claim} #KhmerFirst",
                "Real talk: {group_slur}{hate_claim}",
            ],
            "km-latn": [
                "{group_slur} {hate_claim}! {emo_angry}",
                "{province} pel nis pen tae {group_slur}, pouk vea {hate_claim}",
                "knhom sa'ob {group_slur} nas, {hate_claim}",
                "khmer krup knea tro deng: {group_slur} {hate_claim}",
            ],
        },
    ),
    Theme(
        key="ab-hate-lgbt-religion",
        abuse=("hate",),
        slots={"target": {
            "km": ["ពួកខ្ទើយ", "ពួកស្រឡាញ់ភេទដូចគ្នា", "ពួកអ៊ីស្លាម", "ពួកគ្រិស្ត", "ពួកជនជាតិដើមព្រៃ"],
            "en": ["gays", "these LGBT freaks", "Muslims", "Christians", "those jungle tribes people"],
            "lt": ["pouk khteuy", "pouk srolanh phet dauch knea", "pouk islam", "pouk krist", "pouk phnong"],
        }},
        templates={
            "km": ["{target}ជាជំងឺសង្គម ត្រូវកម្ចាត់ចេញពីភូមិយើង។", "កុំឲ្យ{target}ចូលវត្ត ចូលសាលា ពួកវាកខ្វក់។",
                   "{target}មិនគួររស់នៅក្នុងប្រទេសនេះទេ។ {emo_angry}"],
            "en": ["{target} are a disease on society and should be driven out of our village.",
                   "Don't let {target} into our schools, they are filthy.",
                   "{target} don't deserve to live in this country {emo_angry}"],
            "mixed": ["{target} ជាជំងឺសង្គម 🤮 ban ពួកវាចេញ!!", "{target} don't belong ស្រុកខ្មែរ"],
            "km-latn": ["{target} chea chomngu sangkum, tro bondenh chenh pi phum", "kom oy {target} chol sala, kakvok",
                        "{target} min kuor rous nov srok nis te"],
        },
    ),
    Theme(
        key="ab-threat-violence",
        abuse=("threat",),
        weight=1.9,
        slots={"harm": {
            "km": ["សម្លាប់ឯង", "កាប់ឯង", "វាយឯងឲ្យបាក់ជើង", "ដុតផ្ទះឯង", "ចាក់ទឹកអាស៊ីតមុខឯង", "បាញ់ឯង",
                   "ធ្វើឲ្យឯងបាត់ខ្លួន"],
            "en": ["kill you", "chop you up", "break your legs", "burn your house down", "throw acid on your face",
                   "shoot you", "make you disappear"],
            "lt": ["samlab eng", "kab eng", "vay eng oy bak cheung", "dot ptes eng", "chak tek asit muk eng",
                   "banh eng", "twer oy eng bat kluon"],
        }},
        templates={
            "km": [
                "{name} ចាំមើល ខ្ញុំនឹង{harm}{time}។",
                "ខ្ញុំដឹងហើយថាផ្ទះឯងនៅឯណានៅ{province}។ ចាំមើលចុះ ខ្ញុំនឹង{harm}។",
                "បើឯងនៅតែ post រឿងខ្ញុំទៀត ខ្ញុំនឹង{harm}។ មិនមែនលេងទេ។",
                "ចាំនៅមុខសាលាចុះ{time} ពួកយើងនឹង{harm} {emo_angry}",
            ],
            "en": [
                "{name} just wait, I will {harm} {time}.",
                "I know where you live in {province}. Wait and see, I'm going to {harm}.",
                "Post about me one more time and I will {harm}. I'm not joking.",
                "Wait outside the school {time}, we are going to {harm} {emo_angry}",
                "You'd better watch your back. Someone is going to {harm} soon.",
            ],
            "mixed": [
                "{name} ចាំមើល {time} ខ្ញុំ {harm} 🔪",
                "ដឹងហើយផ្ទះឯងនៅ{province} wait and see ខ្ញុំនឹង{harm}",
                "Post រឿងខ្ញុំទៀត ខ្ញុំ {harm} no joke {emo_angry}",
            ],
            "km-latn": [
                "{name} cham merl, knhom nung {harm} {time}",
                "knhom deng ptes eng nov {province} hz, cham merl knhom {harm}",
                "ber eng post roeung knhom tiet, knhom {harm}, min men leng te",
                "cham nov muk sala {time}, pouk yeung {harm}",
            ],
        },
    ),
    Theme(
        key="ab-threat-intimidation",
        abuse=("threat", "harassment"),
        weight=0.8,
        templates={
            "km": ["អាអ្នកកាសែតចង្រៃ ឈប់សរសេររឿងនេះទៅ បើមិនចង់ឲ្យប្រពន្ធកូនឯងមានរឿង។",
                   "{name} ឯងហ៊ាន report ខ្ញុំ? ចាំមើល{time} គ្រួសារឯងនៅ{province}នឹងដឹងថាខ្ញុំជានរណា។",
                   "ឈប់ធ្វើជាវីរបុរសទៅ {name} បើមិនចង់ឲ្យមានរឿងនៅមុខផ្ទះឯង{time}។",
                   "{name} ឯងវាឆ្កែ ខ្ញុំនឹងរកឯងឲ្យឃើញ ហើយឯងនឹងស្ដាយក្រោយ។"],
            "en": ["Hey journalist, stop writing about this if you don't want something to happen to your wife and kids.",
                   "{name} you dared to report me? Wait until {time}, your family in {province} will find out who I am.",
                   "Stop playing hero {name}, unless you want trouble outside your house {time}.",
                   "{name} you dog, I will find you and you will regret it.",
                   "Keep talking and your family in {province} will pay for it."],
            "mixed": ["អ្នកកាសែត ឈប់ post រឿងនេះ if you love your family 😈", "{name} you dog ខ្ញុំនឹងរកឯងឃើញ you will regret",
                      "{name} ហ៊ាន report ខ្ញុំ? wait {time} គ្រួសារឯងនៅ{province}នឹងដឹង"],
            "km-latn": ["neak kaset chob sorsei roeung nis, ber min jg oy kon prapuon men roeung",
                        "{name} a chkae, knhom nung rok eng khernh, eng nung sday kroy",
                        "niyeay tiet tov, krusa eng nov {province} nung tro sang",
                        "{name} hean report knhom? cham merl {time}", "chob tver chea virak boros tov {name}, ber ot jg men roeung muk ptes {time}"],
        },
    ),
]

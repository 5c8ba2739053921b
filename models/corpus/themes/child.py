# ruff: noqa: E501  (phrase data: one template per line reads better than wrapped strings)
"""Child-safety themes, indicator level only: grooming patterns (secrecy, asking the age, moving
to a private app, asking for private photos, gifts for photos) and coded trade offers.

Deliberately non-graphic: no sexual description anywhere. The point is the *pattern*."""

from __future__ import annotations

from models.corpus.types import Theme

THEMES: list[Theme] = [
    Theme(
        key="cs-grooming-secrecy",
        abuse=("child_safety",),
        slots={"kid": {"km": ["អូន", "ក្មួយ", "ក្មេងស្រី", "អូនស្រី"], "en": ["sweetie", "little one", "kid", "dear"],
                       "lt": ["oun", "kmouy", "oun srey", "a oun"]}},
        templates={
            "km": [
                "{kid}រៀនថ្នាក់ទីប៉ុន្មានហើយ? អាយុប៉ុន្មាន? កុំប្រាប់ប៉ាម៉ាក់ថាយើងឆាតគ្នាណា ទុកជារឿងសម្ងាត់របស់យើងពីរនាក់។",
                "ចាំលុបសារទាំងអស់នេះចោលណា{kid} កុំឲ្យម៉ាក់ឃើញ។ បងស្រឡាញ់អូនជាងអ្នកណាទាំងអស់។",
                "{kid}ស្អាតណាស់ចាស់ជាងអាយុ។ ផ្ញើរូបថតឯកជនមួយមកបងមើលមក កុំប្រាប់អ្នកណា។",
            ],
            "en": [
                "What grade are you in {kid}? How old are you? Don't tell your parents we're chatting, it's our secret.",
                "Remember to delete all these messages {kid}, don't let your mom see. I understand you better than anyone.",
                "You look so mature for your age {kid}. Send me a private photo, just for me, don't tell anyone.",
                "Are you home alone after school? Don't tell your mum I asked, ok {kid}?",
            ],
            "mixed": [
                "{kid} អាយុប៉ុន្មានហើយ? រៀន grade ប៉ុន្មាន? កុំប្រាប់ប៉ាម៉ាក់ណា our secret 🤫",
                "Delete chat ទាំងអស់ណា{kid} កុំឲ្យម៉ាក់ឃើញ 🤫",
                "{kid} mature ជាងអាយុ 😘 ផ្ញើ private photo មក កុំប្រាប់អ្នកណា",
            ],
            "km-latn": [
                "{kid} rien thnak ponman hz? ayu ponman? kom prab pa mak tha yeung chat knea na, secret yeung",
                "cham lub sar teang ors nis na {kid}, kom oy mak khernh",
                "{kid} saat chas cheang ayu, pheu roup private mok bong merl, kom prab neak na",
            ],
        },
    ),
    Theme(
        key="cs-grooming-gift",
        abuse=("child_safety",),
        slots={"gift": {
            "km": ["កាតទូរស័ព្ទ ៥ ដុល្លារ", "ទូរស័ព្ទថ្មីមួយ", "លុយ {money}", "ពេជ្រ Free Fire", "UC PUBG", "កាបូបស្អាតមួយ"],
            "en": ["$5 phone credit", "a new phone", "{money}", "Free Fire diamonds", "PUBG UC", "a nice bag"],
            "lt": ["kat phone 5$", "phone thmey", "luy {money}", "pich free fire", "UC pubg", "kabob saat"],
        }},
        templates={
            "km": [
                "ក្មួយចង់បាន{gift}ទេ? គ្រាន់តែផ្ញើរូបថតខ្លួនឯងនៅក្នុងបន្ទប់មកពូ ហើយកុំប្រាប់ឪពុកម្ដាយ។",
                "បងនឹងបញ្ចូល{gift}ឲ្យអូន បើអូនផ្ញើរូបឯកជនមក។ សិស្សថ្នាក់ទី ៧ ដូចអូនត្រូវការលុយចាយមែនទេ?",
            ],
            "en": [
                "Want {gift}? Just send me a photo of yourself in your room and don't tell your parents.",
                "I'll top you up with {gift} if you send some private pics. A grade 7 girl like you needs pocket money, right?",
                "Any kids here want {gift}? DM me, only need a few photos, keep it between us.",
            ],
            "mixed": [
                "ចង់បាន {gift} free ទេ? ផ្ញើ photo ក្នុងបន្ទប់មក inbox កុំប្រាប់ប៉ាម៉ាក់",
                "Top up {gift} ឲ្យអូន bsr ផ្ញើ private pic មក 😉",
            ],
            "km-latn": [
                "oun jg ban {gift} ot? pheu roup knong bontub mok pu, kom prab pa mak",
                "bong bonchol {gift} oy oun ber oun pheu roup private mok",
                "kmeng na jg ban {gift} inbox mok, kom prab neak na",
            ],
        },
    ),
    Theme(
        key="cs-grooming-private-app",
        abuse=("child_safety",),
        weight=0.8,
        slots={
            "age": {"km": ["១២", "១៣", "១៤", "១១"], "en": ["12", "13", "14", "11"]},
            "app": {"en": ["Telegram", "Signal", "WhatsApp", "a secret account", "Line"],
                    "km": ["Telegram", "Signal", "WhatsApp", "គណនីសម្ងាត់", "Line"]},
        },
        templates={
            "km": [
                "អូនអាយុ ១៣ មែន? យើងទៅឆាតក្នុង Telegram វិញ នៅទីនេះម៉ាក់អូនអាចមើលឃើញ។ បើកកាមេរ៉ាបន្តិចមក។",
                "ឆាតនៅ Messenger មិនសុវត្ថិភាពទេ ទៅ Signal វិញ ហើយលុបគណនីនេះចោល កុំឲ្យគ្រូ ឬឪពុកម្ដាយដឹង។",
                "អូនរៀននៅ{province}មែនទេ? អាយុ {age} ឆ្នាំហើយ? Add {app} បងមក យើងនិយាយគ្នាពេលយប់ កុំឲ្យប៉ាម៉ាក់ដឹង។",
                "ឃើញវីដេអូអូនក្នុង {platform} ហើយ។ ផ្ញើលេខ {app} មក បងមានរឿងសម្ងាត់ចង់ប្រាប់ តែអូនម្នាក់ឯង។",
            ],
            "en": [
                "You're 13 right? Let's move to Telegram, your mum can see this app. Turn on your camera for a bit.",
                "Messenger isn't safe, add me on Signal and delete this account so your teacher and parents don't find out.",
                "Saw your dance video. How old are you? Add my private account, we can video call when your parents sleep.",
                "You go to school in {province} right? Are you {age}? Add me on {app}, we can talk at night, your parents don't need to know.",
                "Saw you on {platform}. Give me your {app}, I have a secret to tell only you. Delete this chat after.",
            ],
            "mixed": [
                "អូនអាយុ 13 មែន? ទៅ chat Telegram វិញ ម៉ាក់អូនមើលឃើញ app នេះ 📷 on camera ខ្លះ",
                "មើល video dance អូនហើយ 😍 age ប៉ុន្មាន? add private account បង video call ពេលប៉ាម៉ាក់គេង",
                "អូនអាយុ {age} មែន? add {app} បងមក chat ពេលយប់ កុំឲ្យប៉ាម៉ាក់ដឹង 🤫",
            ],
            "km-latn": [
                "oun ayu 13 men? tov chat telegram vinh, mak oun merl khernh app nis. bok camera bontech mok",
                "merl video dance oun hz, ayu ponman? add account private bong, video call pel pa mak keng",
                "oun rien nov {province} men? ayu {age} hz? add {app} bong mok, chat pel yub, kom oy pa mak deng",
                "khernh oun nov {platform}, pheu lek {app} mok, bong men roeung secret prab tae oun",
            ],
        },
    ),
    Theme(
        key="cs-coded-trade",
        abuse=("child_safety",),
        weight=1.1,
        slots={"coded": {
            "en": ["new CP links", "fresh school girl folder", "young girl videos", "little sister collection",
                   "student leak pack", "pizza folder", "loli content", "under 15 vids"],
            "km": ["វីដេអូក្មេងស្រីតូចៗ", "folder សិស្សថ្មីៗ", "CP link ថ្មី", "ឈុតក្មេងក្រោម ១៥", "វីដេអូសិស្សលេចធ្លាយ"],
            "lt": ["CP link thmey", "folder sis thmey", "video kmeng srey toch", "chhut kmeng kroam 15", "video sis lek"],
        }},
        templates={
            "km": [
                "លក់{coded} តម្លៃ {money} តែ Telegram ប៉ុណ្ណោះ។ DM ដើម្បីទទួល folder។",
                "មាន{coded} update រៀងរាល់ថ្ងៃ ចូល VIP group បង់តាម{bank}។ អ្នកថ្មីកុំសួរច្រើន។",
                "ប្ដូរ{coded} ជាមួយអ្នកណាមាន។ Inbox តែប៉ុណ្ណោះ កុំ comment។",
            ],
            "en": [
                "Selling {coded}, {money}, telegram only. DM for the folder.",
                "{coded} updated daily, VIP group access via {bank}. No questions, newbies get banned.",
                "Trading {coded} with anyone who has more. Inbox only, don't comment here.",
                "🍕 {coded} 🍕 link in bio, private channel, invite only",
            ],
            "mixed": [
                "លក់ {coded} {money} telegram only 🔒 DM យក folder",
                "VIP group {coded} update រាល់ថ្ងៃ 🔞 បង់តាម {bank}",
                "Trade {coded} ជាមួយអ្នកមាន inbox only",
            ],
            "km-latn": [
                "luk {coded} {money}, telegram tae ponnoh, DM yok folder",
                "men {coded} update real thngai, chol group VIP bong tam {bank}",
                "dor {coded} jea mouy neak mean, inbox te kom comment",
            ],
        },
    ),
]

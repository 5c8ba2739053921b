# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Child safety, fourth wide pass: grooming and exploitation written by many kinds of offender.

Positives (indicator level only, never sexual description): game "friends" trading diamonds and
skins for photos or secrecy, fake older-sibling mentors, tutors and coaches who want to meet alone,
fake scholarship / modelling / audition / job offers aimed at 12-16-year-olds, KTV and massage
recruiting of minors, selling or "adopting" a child without papers, coded trade talk in closed
groups, adults who tell a child to lie, delete chats, change apps or turn the camera on alone, and
sextortion pressure on a teen. Hard negatives share the vocabulary: youth programmes, playdates,
class groups, talent shows with consent, legal adoption, arrest news, awareness posts that quote
grooming lines, game top-up shops, tutoring centres, school trips and adults flirting with adults.

All people and organisations are invented; officials appear only by role."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide4"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4c-game-friends",
        abuse=("child_safety",),
        km=[
            "អូនរៀនថ្នាក់ទីប៉ុន្មានហើយ? បងអាចបញ្ចូលពេជ្រ MLBB ឲ្យ ៥០០ ដោយឥតគិតលុយ តែអូនផ្ញើរូបថតខ្លួនឯងមកបងមួយសិន ហើយកុំប្រាប់ប៉ាម៉ាក់ណា។",
            "ស្គីន Free Fire ថ្មីនោះ បងទិញឲ្យបាន។ គ្រាន់តែអូនបើកកាមេរ៉ាលេងជាមួយបងយប់នេះ ពេលគ្រប់គ្នាដេកអស់។",
            "ចាំបងបញ្ជូនពេជ្រឲ្យទៀត តែលើកនេះអូនត្រូវផ្ញើរូបថ្មីមកបងជាថ្នូរ។ យើងជាមិត្តល្អ ត្រូវជួយគ្នា។",
            "អូនឯងលេងពូកែណាស់ បងចង់ជួបផ្ទាល់ឲ្យដឹងមុខ។ ថ្ងៃសៅរ៍នេះមកហាងហ្គេមក្បែរផ្សារ មកម្នាក់ឯងបានហើយ កុំនាំមិត្តមក។",
            "បងឲ្យ account ហ្គេម rank ខ្ពស់មួយជូនអូន បើអូនព្រមធ្វើជាសង្សារបងក្នុងហ្គេម ហើយលុបសារទាំងអស់រាល់យប់។",
            "អាយុ ១៣ មែន? មិនអីទេ បងមិនប្រកាន់អាយុ។ ប្ដូរទៅ Telegram ទៅ ដើម្បីបងផ្ញើកូដពេជ្រឲ្យ។",
            "ពេជ្រអស់ហើយមែន? ងាយទេ ផ្ញើរូបមួយសន្លឹកមកបង បងបញ្ចូលឲ្យភ្លាម។ រូបនោះសម្ងាត់រវាងយើងពីរនាក់។",
        ],
        en=[
            "u still in grade 7 right? i can top up 1000 diamonds for free, just send me a pic of you first and dont tell ur mom ok",
            "I'll gift you the new Free Fire bundle tonight. In return you go on video call with me after your parents sleep. Deal?",
            "Bro you're the best support in our squad. I want to meet you in real life, come alone to the net cafe near the market Sunday. No need to tell anyone.",
            "Every week I send you diamonds and you send me one new photo. That's our secret deal, nobody else in the guild knows.",
            "Don't use the game chat anymore, admins can read it. Add me on another app and I'll send the skin code there.",
        ],
        mixed=[
            "អូន add បងនៅ Telegram មក 🎮 បងមាន code ពេជ្រ MLBB ឲ្យ free តែ send selfie មកបងសិន ហើយកុំប្រាប់ម៉ាក់ណា",
            "Skin Free Fire ម៉ូតថ្មីនោះ បង buy ឲ្យ។ គ្រាន់តែ video call ជាមួយបងយប់នេះ ម្នាក់ឯងក្នុងបន្ទប់ 😉",
            "បងជា pro player ដែលអូន follow ហ្នឹងហើយ។ ចង់បាន diamonds ទៀតទេ? ផ្ញើរូបថ្មីមក ហើយ delete chat ចោល",
            "អូនអាយុ 14 ហើយលេង rank Mythic? ពូកែមែន! ចង់ meet បងមួយដងទេ បងបង់ថ្លៃ Grab ឲ្យ កុំប្រាប់អ្នកផ្ទះអី",
        ],
        latn=[
            "oun rean tnak ti ponman hz? bong ach bonchoul pich MLBB oy free, tae oun send rup khluon eng mok bong sen nas, kom prab mak",
            "skin free fire tmey nuh bong tinh oy ban, krav tae oun bok camera leng jea muoy bong yob nis pel ke dek os",
            "own chong ban pich tiet te? ngay te, pnhae rup mouy mok bong, bong dak oy plam. rup nuh secret yerng pi nak tae",
            "bong chong juob oun ban te, mok hang game jit psar tngai saurk nis, mok mnak eng ban hz kom nam mit mok",
            "lerng game chat chhob tov, admin ach meul kheunh. add bong nov app phsseng mok, bong pnhae code skin oy nov nuh",
            "oun ayu 12 men? ot ey te bong min prakan ayu. lub sa teang os rol yob kom oy papa mak kheunh nas",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-fake-mentor",
        abuse=("child_safety",),
        km=[
            "បងដូចបងប្រុសបង្កើតរបស់អូនហើយ អូនអាចប្រាប់បងគ្រប់រឿង។ តែរឿងយើងនិយាយគ្នា កុំឲ្យម៉ាក់ដឹងណា ព្រោះគាត់មិនយល់អូនទេ។",
            "គ្រូអាចបង្រៀនគណិតវិទ្យាឲ្យប្អូនដោយមិនយកលុយ តែត្រូវមករៀននៅបន្ទប់ជួលគ្រូម្នាក់ឯង ម៉ោង ៧ យប់។ កុំនាំឪពុកម្ដាយមក ធ្វើឲ្យប្អូនរៀនមិនចូល។",
            "គ្រូបង្វឹកបាល់ទាត់ជ្រើសប្អូនចូលក្រុមជម្រើសហើយ។ ចុងសប្ដាហ៍នេះត្រូវទៅហ្វឹកហាត់ពិសេសនៅខេត្តជាមួយគ្រូតែពីរនាក់ បង់ថ្លៃផ្ទះសំណាក់ឲ្យហើយ។",
            "បងស្រីនៅទីនេះឲ្យអូនជានិច្ច។ ម៉ាក់អូនស្ដីឲ្យរាល់ថ្ងៃមែនទេ? មករស់នៅជាមួយបងមួយរយៈទៅ កុំប្រាប់នរណា បងចាំយកអូនតាមផ្លូវក្រោយសាលា។",
            "ប្អូនចង់ជាប់ប្រឡងបាក់ឌុបមែនទេ? គ្រូមានវិញ្ញាសាលេចធ្លាយ តែប្អូនត្រូវមកយកដោយខ្លួនឯងនៅផ្ទះគ្រូ ម្នាក់ឯង ល្ងាចថ្ងៃអាទិត្យ។",
            "គ្រូហែលទឹកនិយាយថា ប្អូនមានទេពកោសល្យ តែត្រូវហាត់ឯកជនពេលអាងបិទ។ ប្រាប់ផ្ទះថាហាត់ជាក្រុមក៏បាន។",
            "បងជាអ្នកស្ម័គ្រចិត្តជួយក្មេងៗ។ អូនអាចមកគេងនៅផ្ទះបងពេលឪពុកម្ដាយឈ្លោះគ្នា។ គ្រាន់តែលុបលេខបងចេញពីទូរសព្ទ ក្រែងពួកគាត់ឃើញ។",
        ],
        en=[
            "I know I'm just an online friend but I care about you more than your parents do. Promise me this stays between us, little sis.",
            "Free private tutoring for the top student in grade 8! Lessons are at my apartment, one on one. Parents shouldn't sit in, it makes kids nervous.",
            "Coach here. You made the under-15 squad. There's a special training trip this weekend, just you and me, I've already booked the guesthouse. Tell your dad it's a team camp.",
            "Your big brother online is always here for you 💙 If you ever want to run away from home, message me first, I'll pick you up and nobody has to know.",
            "I can make sure you pass the grade 9 exam. Come collect the answer sheet at my house Sunday evening. Come by yourself, it's confidential.",
        ],
        mixed=[
            "Teacher អាចបង្រៀន English free ឲ្យប្អូន ១ on ១ នៅ condo របស់គ្រូ។ មិនបាច់ឲ្យ parents មកទេ គ្រាន់តែប្រាប់ថាទៅរៀនគួរ",
            "អូនចាត់ទុកបងជា big bro បានណា ❤️ បងចេះរក្សាសម្ងាត់ជាងម៉ាក់អូន។ ស្អែកបងទៅយកអូននៅមុខសាលា កុំប្រាប់អ្នកណា",
            "Coach ជ្រើសប្អូនចូល team ជាតិ under-14 ហើយ 🏸 តែត្រូវមក training private ជាមួយ coach ម្នាក់ឯង weekend នេះ",
        ],
        latn=[
            "bong dauch bong bros bongkert oun hz, oun ach prab bong krob reung. tae reung yerng kom oy mak deng nas, kat min yol oun te",
            "kru bongrean gonit oy paoun free, tae mok rean nov bontob chhoul kru mnak eng mong 7 yob. kom nam ov mak mok",
            "coach jreus paoun chol krom hz, chong sabdah nis tov hat pises nov khet jea muoy coach pi nak, brab pteah tha camp krom",
            "bong srey nov ti nis oy oun jea nich. mak oun sdey oy rol tngai men? mok nov jea muoy bong tov, bong cham yok oun kroy sala",
            "kru mean vinhnhasa leak thlay, tae paoun trov mok yok dob khluon eng nov pteah kru, mnak eng nas, kom nam nak na mok",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-fake-offers",
        abuse=("child_safety",),
        km=[
            "អាហារូបករណ៍ទៅសិង្ហបុរីសម្រាប់សិស្សស្រីអាយុ ១៣–១៦ ឆ្នាំ! ផ្ញើរូបពេញខ្លួន អាយុ និងកម្ពស់ មកក្នុងឆាតឯកជន។ មិនចាំបាច់មានការយល់ព្រមពីអាណាព្យាបាលទេ។",
            "ក្រុមហ៊ុនម៉ូដែលរកមុខថ្មីអាយុ ១៤–១៦ ឆ្នាំ។ ថតរូបសាកល្បងនៅសណ្ឋាគារ ម្ដាយឪពុកមិនអាចចូលបានទេ ដើម្បីកុំឲ្យក្មេងភ័យ។",
            "ចង់ក្លាយជាតារា TikTok មានអ្នកតាមដានមួយលាននាក់ទេ? បងជួយបាន។ ផ្ញើរូបខ្លួនឯងច្រើនមុំមកបងសិន ហើយកុំប្រាប់អ្នកផ្ទះ ព្រោះគេនឹងរារាំងក្ដីស្រមៃអូន។",
            "ការធ្វើតេស្តជ្រើសរើសសិល្បករ K-pop នៅភ្នំពេញ! ទទួលក្មេងស្រីអាយុ ១២ ដល់ ១៥ ឆ្នាំ។ សម្ភាសន៍ឯកជននៅបន្ទប់ ៣០៨ មកម្នាក់ឯង។",
            "ការងារក្រៅម៉ោងសម្រាប់សិស្សអាយុ ១៥ ឆ្នាំ ប្រាក់ខែ ៣០០ ដុល្លារ។ គ្រាន់តែផ្ញើរូបថតមុខ និងអាយុពិតប្រាកដ ហើយមកជួបថៅកែនៅផ្ទះ។",
            "ក្រុមហ៊ុនបរទេសផ្ដល់អាហារូបករណ៍ពេញលេញ តែបេក្ខជនត្រូវធ្វើដំណើរតែម្នាក់ឯង។ កុំប្រាប់គ្រូ ឬឪពុកម្ដាយមុនពេលទទួលលិខិត។",
            "ប្អូនស្រីស្អាតល្មមធ្វើម៉ូដែលណាស់ អាយុប៉ុន្មាន? ១៤ មែន? ល្អណាស់ ផ្ញើរូបស្លៀកខោអាវហាត់ប្រាណមកបងមើលសិន។",
            "ជ្រើសរើសប្អូនៗអាយុ ១៣–១៦ ធ្វើ brand ambassador ។ រង្វាន់ទូរសព្ទ iPhone ។ ត្រូវមកថតនៅស្ទូឌីយោឯកជន ម៉ោង ៩ យប់ មិនអនុញ្ញាតឲ្យអ្នកដទៃចូលទេ។",
        ],
        en=[
            "SCHOLARSHIP ABROAD for girls 13-16!! Inbox your full body photo, age and height. Parents' permission not needed at this stage.",
            "Our agency is looking for fresh faces aged 14 to 16. Test shoot at the hotel, guardians wait outside, the model comes in alone.",
            "want to be a tiktok star?? i can get u 1M followers. send me ur photos from different angles first. dont tell ur family they'll ruin it",
            "K-pop trainee audition this Saturday, girls and boys 12-15 only. Private interview in room 412, come alone, no parents inside.",
            "Part-time job for 15 y/o students, $250 a month, no experience. Send a clear face photo and your real age, then meet the boss at his house.",
            "You're 13? Perfect age for our kids' fashion line. Send me a few pictures in your sportswear tonight, just between us for now.",
        ],
        mixed=[
            "🔥 Model casting សម្រាប់ប្អូនស្រីអាយុ 13-16 🔥 inbox រូប full body + អាយុ + កម្ពស់ មិនបាច់ parent consent ទេ",
            "Audition K-pop នៅ hotel ជិតវត្តភ្នំ 🎤 ទទួលតែអាយុ 12-15។ Interview private នៅក្នុងបន្ទប់ parents ចាំនៅខាងក្រៅ",
            "អូនចង់ក្លាយជា TikTok star មែនទេ? send រូបច្រើន pose មកបង ហើយ meet បងម្នាក់ឯងនៅ café ដើម្បីចុះ contract",
            "Scholarship ទៅជប៉ុន 100% free សម្រាប់សិស្សថ្នាក់ទី 8-10។ DM អាយុ រូប និងអាសយដ្ឋាន ហើយកុំប្រាប់ school ព្រោះ slot មានកំណត់",
        ],
        latn=[
            "ahar ubakar tov singapore samrab sisa srey ayu 13-16! pnhae rup penh khluon, ayu, kompos mok inbox, min chambach ov mak yol prom te",
            "company model rok muk tmey ayu 14-16 chnam. thot rup sakl bong nov hotel, ov mak ot ach chol te nas",
            "chong kla jea dara tiktok te oun? pnhae rup chroern mum mok bong sen, kom prab nak pteah, ke nung ramang kdey sromai oun",
            "kar ngar krav mong samrab sisa ayu 15, luy 300$ mouy khe. krav tae send rup muk nung ayu pit, hz mok juob thaokae nov pteah",
            "audition kpop tngai saurk nis, jrerk tae kmeng ayu 12-15. interview mnak eng nov bontob 5, ov mak cham khang krav",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-ktv-recruit",
        abuse=("child_safety",),
        km=[
            "ខារ៉ាអូខេថ្មីនៅទួលគោក ត្រូវការស្រីបម្រើភ្ញៀវអាយុ ១៥ ដល់ ១៧ ឆ្នាំ។ មានកន្លែងស្នាក់នៅ។ មិនត្រូវការអត្តសញ្ញាណប័ណ្ណ។",
            "ហាងម៉ាស្សារកប្អូនស្រីអាយុ ១៤ ឡើង មកពីខេត្ត។ ប្រាក់ចំណូលខ្ពស់ ក្រុមហ៊ុនជួយរៀបឯកសារអាយុថ្មីឲ្យ។",
            "រកអ្នករត់តុនៅក្លឹបយប់ អាយុក្រោម ១៨ ក៏ទទួល បើមុខស្អាត។ ផ្ញើរូបមកដើម្បីថៅកែជ្រើសសិន។",
            "ចង់បានស្រីក្មេងៗ ១៦ ឆ្នាំ ធ្វើការ KTV ឯកជនសម្រាប់ភ្ញៀវ VIP ។ ម្ដាយណាខ្វះលុយ យកកូនមក បើកលុយមុនបាន។",
            "ប្អូនស្រីរៀនមិនចប់ មិនអីទេ។ ការងារបម្រើភ្ញៀវនៅហាងពេលយប់ ១៥ ឆ្នាំក៏ធ្វើបាន។ កុំប្រាប់មេភូមិ ឬប៉ូលិស បើគេសួរ ប្រាប់ថា ១៨។",
            "ត្រូវការក្មេងស្រីអាយុ ១៤–១៧ ឆ្នាំ ៥ នាក់ទៅធ្វើការហាងស្ប៉ានៅខេត្តព្រំដែន។ ដឹកជូនដល់កន្លែង។ ឪពុកម្ដាយទទួលលុយមុន ២០០ ដុល្លារ។",
        ],
        en=[
            "New KTV in Toul Kork hiring hostesses aged 15-17. Dorm provided, no ID card needed, start tonight.",
            "Massage shop needs girls from the provinces, 14 and up. Good money. We fix the age on the papers, don't worry.",
            "Waitress wanted for late-night club. Under 18 is fine if she's pretty. Send photo first for the boss to choose.",
            "Any mother short of money with a daughter 15 or 16? VIP karaoke room job, advance paid to the family, she lives in.",
        ],
        mixed=[
            "KTV ថ្មីត្រូវការ staff ស្រីអាយុ 15-17 👗 ស្នាក់នៅ free, មិនបាច់ ID card, ចាប់ផ្ដើមការងារភ្លាម inbox រូប",
            "Massage shop រកប្អូនស្រីពីខេត្ត age 14+ 💰 income ខ្ពស់ ក្រុមហ៊ុនធ្វើ document អាយុថ្មីឲ្យ",
            "រក waitress club ពេលយប់ under 18 OK បើមុខល្អ។ ប៉ូលិសសួរ ប្រាប់ថា 18 ណា 🤫",
        ],
        latn=[
            "ktv tmey nov toul kork trov ka srey bomreur phnhiev ayu 15 dol 17, mean kanleng snak nov, ot trov ka ID te",
            "hang massage rok paoun srey mok pi khet ayu 14 laeng, luy chroern, krom hun twer eksar ayu tmey oy",
            "rok nak rot tok club pel yob, ayu kraom 18 ka tortuol ber muk saat. police suor prab tha 18 nas",
            "mak na khvah luy mean kon srey 15-16 chnam? kar ngar ktv vip, bek luy mun oy krusa, nov kanleng ke",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-child-sale",
        abuse=("child_safety",),
        km=[
            "មានទារកប្រុសអាយុ ៣ ខែ ចង់ឲ្យគេយកទៅចិញ្ចឹម តម្លៃ ២៥០០ ដុល្លារ។ មិនបាច់ធ្វើឯកសារ មិនបាច់ទៅឃុំ ប្រគល់ដៃម្ដងបញ្ចប់។",
            "អ្នកណាចង់បានកូនស្រីអាយុ ៧ ឆ្នាំ ទៅនៅជាមួយ? ម្ដាយគាត់ជំពាក់បំណុល ចង់ប្ដូរជាលុយ។ ឆាតឯកជន កុំ comment។",
            "ទទួលរកកូនឲ្យប្ដីប្រពន្ធគ្មានកូន លឿនជាងតាមច្បាប់ ៣ សប្ដាហ៍បានហើយ។ សំបុត្រកំណើតថ្មីយើងរៀបចំឲ្យ។",
            "ប្អូនស្រីខ្ញុំមានផ្ទៃពោះ ៧ ខែ មិនចង់ទុកកូន។ អ្នកណាទិញមុន យើងប្រគល់ភ្លាមពេលកើត មិនបាច់ឲ្យមន្ទីរពេទ្យដឹង។",
            "លក់ក្មេងប្រុសអាយុ ១០ ឆ្នាំ ធ្វើការផ្ទះ ឬមើលគោ។ ឪពុកម្ដាយយល់ព្រមហើយ មិនបាច់ក្រដាសអ្វីទេ។",
        ],
        en=[
            "Baby girl 2 months available for adoption, $3000, no paperwork, no commune office, handover at the bus station.",
            "Couples who can't have kids: we arrange a child in 3 weeks, faster than the legal way. New birth certificate included.",
            "Family in debt wants to give their 8 year old son to someone with money. He can work in a house. DM only, keep it quiet.",
        ],
        mixed=[
            "Baby ប្រុស 3 ខែ for adoption 💵 2500$ no document, no ឃុំ, ប្រគល់ដៃផ្ទាល់ inbox ប៉ុណ្ណោះ",
            "ប្ដីប្រពន្ធណាចង់បានកូនលឿន contact មក 3 weeks done ✅ birth certificate ថ្មីយើង arrange ឲ្យ",
        ],
        latn=[
            "mean kon brus ayu 3 khe chong oy ke yok tov chenhchem, 2500 dolla, ot chambach twer eksar, ot bach tov khum",
            "nak na chong ban kon srey 7 chnam tov nov jea muoy? mak kat jompeak bomnol, chong dor jea luy. inbox tae mdong",
            "paoun srey knhom mean pteypuos 7 khe, min chong tuk kon. nak na tinh mun yerng brokol plam pel kert, kom oy pet deng",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-coded-trade",
        abuse=("child_safety",),
        km=[
            "ក្រុម VIP៖ ទំនិញថ្មីចូលហើយ ម៉ូដែលសិស្សសាលា អាយុក្រោម ១៥ ។ សមាជិកចាស់ទាក់ទងតាមលេខកូដ កុំសរសេរពាក្យត្រង់ៗក្នុងក្រុម។",
            "អ្នកមានស្តុក ផ្លែឈើខ្ចី ១៤ ឆ្នាំ ពីខេត្តទេ? ចង់ទិញ ២ ឯកតាសម្រាប់ភ្ញៀវបរទេស តម្លៃចរចាបាន។",
            "កុំផុសរូបក្មេងនៅក្នុងក្រុមនេះ។ ផ្ញើមកខ្ញុំផ្ទាល់ ហើយប្រាប់អាយុ ទីកន្លែង និងតម្លៃសម្រាប់មួយយប់។",
            "ចូលក្រុមថ្មីតាមតំណបង់លុយ ១០០ ដុល្លារ។ មាតិកាក្មេងពិតៗ ផ្លាស់ប្ដូររៀងរាល់សប្ដាហ៍។ កុំចែកតំណចេញក្រៅ។",
        ],
        en=[
            "New stock arrived: 'school uniform' line, all under 15. Old members use your code, no plain words in this group.",
            "Anyone have small sizes from the provinces? Need 2 pieces for a foreign client this weekend, price negotiable.",
            "Don't post the kids' pics here, admins. DM me age, location and price per night. Delete after reading.",
            "Paid link for the new channel, $100. Real underage content rotated weekly. Share it outside and you're banned for life.",
        ],
        mixed=[
            "Group VIP 🍒 stock ថ្មីចូលហើយ line 'school girl' under 15 ទាំងអស់ member ចាស់ប្រើ code ណា កុំសរសេរត្រង់ៗ",
            "នរណាមាន 'size តូច' ពីខេត្ត? ត្រូវការ 2 pcs សម្រាប់ភ្ញៀវបរទេស weekend នេះ price ចរចាបាន DM",
        ],
        latn=[
            "krom vip: tonhinh tmey chol hz, model sisa sala ayu kraom 15. member chas brae code, kom sarsei peak trang trang",
            "nak na mean 'phle chheu khchey' 14 chnam pi khet? chong ban 2 samrab phnhiev borotes, tlai chor cha ban",
            "kom post rup kmeng knong krom nis. pnhae mok knhom pdal, prab ayu, kanleng nung tlai mouy yob. lub chol krouy an",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-secrecy-control",
        abuse=("child_safety",),
        km=[
            "បើម៉ាក់សួរថាឆាតជាមួយអ្នកណា ប្រាប់ថាមិត្តរួមថ្នាក់ណា។ បងមិនចង់ឲ្យគាត់មកបំបែកយើងទេ។",
            "មុនពេលដេក លុបសារទាំងអស់របស់បងចោល។ ពិនិត្យធុងសំរាមផងណា ក្រែងប៉ាអូនមើលទូរសព្ទ។",
            "Messenger មិនសុវត្ថិភាពទេ។ ទាញយកកម្មវិធីថ្មីដែលបងផ្ញើតំណឲ្យ ហើយលាក់រូបតំណាងវាក្នុង folder ។",
            "ចូលបន្ទប់ ចាក់សោទ្វារ ហើយបើកកាមេរ៉ា។ បងចង់ឃើញអូនតែម្នាក់ឯង ពេលគ្មាននរណានៅជិត។",
            "ថ្ងៃស្អែកប្រាប់គ្រូថាឈឺ ហើយចេញពីសាលាមុនម៉ោង។ បងចាំនៅហាងកាហ្វេក្រោយសាលា កុំប្រាប់មិត្តភក្ដិ។",
            "អូនអាយុ ១៤ ហើយ ធំល្មមសម្រេចចិត្តខ្លួនឯងបាន។ ឪពុកម្ដាយមិនចាំបាច់ដឹងគ្រប់រឿងទេ ជាពិសេសរឿងយើង។",
        ],
        en=[
            "If your mom asks who you're texting, say it's a girl from class. She'd never understand us.",
            "Delete our whole chat before bed and empty the trash folder too, your dad checks your phone right?",
            "Lock your door and turn on the camera. I only want to see you when nobody else is home.",
            "Tomorrow tell the teacher you're sick and leave early. I'll wait at the coffee shop behind the school. Our secret.",
        ],
        mixed=[
            "Messenger មិន safe ទេអូន 🙅 download app ដែលបងផ្ញើ link ឲ្យ ហើយ hide icon វាចោល កុំឲ្យម៉ាក់ឃើញ",
            "ម៉ាក់អូនសួរ ប្រាប់ថា chat ជាមួយ classmate ណា 🤐 ហើយ delete ទាំងអស់មុនពេលដេក",
        ],
        latn=[
            "ber mak suor chat jea muoy nak na, prab tha mit ruom tnak nas. bong min chong oy kat bombek yerng te",
            "mun pel dek lub sa bong teang os chol, meul trash pong, kreng pa oun meul phone",
            "chol bontob, chak so tvear hz bok camera. bong chong kheunh own mnak eng pel ot mean nak na nov",
            "oun ayu 14 hz, thom lmom sam rach chet khluon eng ban. ov mak ot chambach deng krob reung te, jea pises reung yerng",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-sextortion",
        abuse=("child_safety",),
        km=[
            "រូបដែលអូនផ្ញើមកមុននេះ បងនៅរក្សាទុក។ បើមិនផ្ញើថែមទៀតក្នុងម៉ោងនេះ បងបង្ហោះចូលក្រុមសាលាអូនភ្លាម។",
            "ខ្ញុំស្គាល់ឈ្មោះម៉ាក់ឯង និងសាលាឯងហើយ។ ផ្ញើវីដេអូថ្មីមក ឬឲ្យគ្រប់គ្នាឃើញរូបចាស់ ជ្រើសរើសខ្លួនឯងទៅ។",
            "កុំប្លុកខ្ញុំ។ ប្លុកមួយដង រូបឯងទៅដល់ Facebook ប៉ាឯងភ្លាម។ ធ្វើតាមខ្ញុំប្រាប់ ហើយអត់អីទេ។",
            "ឯងគិតថាលុបឆាតហើយរួចខ្លួនមែន? ខ្ញុំ screenshot ទុកអស់ហើយ។ យប់នេះបើកកាមេរ៉ាតាមខ្ញុំប្រាប់ បើមិនចង់ឲ្យមិត្តឯងឃើញ។",
        ],
        en=[
            "I still have the pics you sent. Send more in the next hour or I post them in your school group.",
            "I know your mom's name and your school. Send a new video or everyone sees the old one. Your choice.",
            "block me and ur dad gets everything on facebook in 5 min. just do what i say and nobody finds out",
        ],
        mixed=[
            "អូនគិតថា delete chat ហើយរួចខ្លួន? បង screenshot ទុកអស់ហើយ 😈 send ថែមមក ឬបង post ក្នុង group សាលា",
        ],
        latn=[
            "rup oun pnhae mok mun nis bong nov tuk. ber ot pnhae themm knong mong nis, bong post chol krom sala oun plam",
            "kom block knhom. block mdong, rup eng tov dol facebook pa eng plam. twer tam knhom prab hz ot ey te",
            "knhom skoal chhmous mak eng nung sala eng hz. pnhae video tmey mok, ber ot te krob knea kheunh rup chas",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-obfuscated",
        abuse=("child_safety",),
        obfuscated=True,
        km=[
            "ប.ញ្ចូ.ល ពេ.ជ្រ ឲ្យ free 💎 តែ ផ្ញើ រូ.ប.ថ.ត មក បង សិន ហើយ កុំ ប្រា.ប់ ម៉ា.ក់",
            "ស ម្ង ា ត់ រវាងយើង 🤫 លុ.ប ឆា.ត ចោល រាល់យប់ ណា អូន",
            "KTV រក ស្រី 🍑 អា.យុ ១.៥ – ១.៧ មិនបាច់ អ.ត្ត.ស.ញ្ញា.ណ.ប័.ណ្ណ",
            "ទា.រ.ក ៣ ខែ 👶 ២៥០០$ គ្មាន ឯ.ក.សា.រ ប្រ.គ.ល់ ដៃ ផ្ទាល់",
            "ចូ.ល បន្ទ.ប់ 🚪 បិ.ទ ទ្វា.រ 📷 បើ.ក កា.មេ.រ៉ា ម្នា.ក់.ឯ.ង ឲ្យ បង មើល",
            "ម៉ូ.ដែ.ល ក្មេ.ង ១៣–១៦ 📸 ថ.ត នៅ ស.ណ្ឋា.គា.រ ម្ដាយ ឪពុក ចាំ ខាង ក្រៅ",
        ],
        en=[
            "fr33 d1am0nds 💎 just s.e.n.d me a p1c of u first, d0nt t3ll ur m0m",
            "k t v h1ring g1rls 15-17 🍑 n0 I.D n33ded, d0rm incl",
            "d.e.l.e.t.e our ch@t b4 bed 🤫 ur d@d ch3cks ur ph0ne",
            "b@by 4 s@le 👶 3 m0nths, n0 p@pers, h@nd0ver @t the bus st@ti0n",
            "turn 0n c@m 📷 al0ne 1n ur r00m 🚪 n0b0dy h0me r1ght?",
            "s3nd m0re 0r 1 p0st ur p1cs 1n ur sch00l gr0up ⏰ 1 h0ur",
        ],
        mixed=[
            "ប្អូន 1 4 ឆ្នាំ ចង់ បាន s k i n F F ទេ? 🔫 v.i.d.e.o c.a.l.l ជាមួយ បង យប់ នេះ ម្នាក់ឯង",
            "s c h o l a r s h i p 🎓 សម្រាប់ ស្រី 13-16 ផ្ញើ រូ.ប f.u.l.l b.o.d.y ម.ក no p@rent",
            "ស្តុ.ក ថ្មី 🍒 line 'sch00l g1rl' under 1 5 DM c0de",
            "ប្ដូ.រ ទៅ T.e.l.e.g.r.a.m 📲 ហើ.យ លុ.ប Messenger ចោ.ល កុំ ឲ្យ ម៉ា.ក់ ដឹ.ង",
        ],
        latn=[
            "b0ng d@k p1ch 0y fr33 💎 tae s.e.n.d r.u.p mok b0ng s3n, k0m pr@b m@k",
            "l.u.b ch@t ch0l r0l y0b 🤫 k0m 0y p@ p@k d3ng",
            "r0k s.r.e.y 1.5 - 1.7 chnam twer k t v 🍑 0t tr0v k@ 1D",
            "kon brus 3 khe 👶 l.u.k 2500$ 0t ek s@r",
            "ch0l b0nt0b 🚪 b0k c.a.m.e.r.a mn@k 3ng 0y b0ng m3ul",
            "pnh@e th3m m0k ber 0t t3 b0ng p.o.s.t r.u.p 0un ch0l kr0m s@la ⏰",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4c-n-youth-programmes",
        neg_kind="benign",
        hard=True,
        km=[
            "ក្លឹបយុវជនស្ម័គ្រចិត្តប្រចាំឃុំ បើកទទួលសមាជិកអាយុ ១៤–១៨ ឆ្នាំ។ សូមភ្ជាប់លិខិតយល់ព្រមពីអាណាព្យាបាល។ សកម្មភាពធ្វើនៅសាលាឃុំ រៀងរាល់ព្រឹកថ្ងៃអាទិត្យ។",
            "វគ្គបណ្ដុះបណ្ដាលកូដកុំព្យូទ័រឥតគិតថ្លៃសម្រាប់សិស្សថ្នាក់ទី ៧–៩។ ឪពុកម្ដាយអាចអង្គុយស្ដាប់ថ្ងៃដំបូង។ ចុះឈ្មោះនៅការិយាល័យសាលា។",
            "ជំរំរដូវវិស្សមកាលរបស់កាយរិទ្ធិ ៣ ថ្ងៃនៅកំពត។ គ្រូទទួលបន្ទុក ៨ នាក់ ក្មេង ៤០ នាក់ ឪពុកម្ដាយទទួលលេខទូរសព្ទគ្រូគ្រប់គ្នា។",
            "កម្មវិធីបងប្អូនជួយរៀនរបស់សាលា៖ សិស្សថ្នាក់ទី ១២ ជួយប្អូនថ្នាក់ទី ៧ អានសៀវភៅនៅបណ្ណាល័យ ក្រោមការមើលការខុសត្រូវរបស់គ្រូ។",
            "ក្រុមបាល់ទាត់យុវជនអាយុក្រោម ១៥ ហ្វឹកហាត់នៅទីលានសាធារណៈ ម៉ោង ៤ ល្ងាច។ ឪពុកម្ដាយស្វាគមន៍ឲ្យមកមើល។",
        ],
        en=[
            "Our district youth club is taking members aged 14-18. Guardian consent form required. Meetings are Sunday mornings at the commune hall, doors open.",
            "Free robotics class for grade 7-9 students at the public library. Parents are welcome to sit in for the first session. Sign up at the front desk.",
            "Scout summer camp: 3 days in Kampot, 8 adult leaders for 40 kids. Every parent gets the leaders' phone numbers and a daily photo update in the parents' group.",
            "Reading buddies programme: grade 12 volunteers read with grade 7 students in the school library, always with a teacher in the room.",
        ],
        mixed=[
            "Youth club ឃុំយើងទទួល member អាយុ 14-18 📝 ត្រូវមាន consent form ពីឪពុកម្ដាយ meeting នៅសាលាឃុំរាល់ព្រឹកអាទិត្យ",
            "Coding class free សម្រាប់សិស្សថ្នាក់ទី 7-9 💻 parents អាចចូលមើលថ្ងៃដំបូង register នៅ office សាលា",
        ],
        latn=[
            "club yuvajun khum yerng tortuol samachik ayu 14-18, trov mean likhet yol prom pi ov mak. jub knea nov sala khum rol proek tngai atit",
            "vakk coding free samrab sisa tnak ti 7-9, ov mak ach ankuy sdab tngai dombong. chos chhmous nov office sala",
            "kayarith chumrum 3 tngai nov kampot, kru 8 nak kmeng 40 nak, ov mak ban lek phone kru krob knea",
            "krom bal tat yuvajun kraom 15 hat nov ti lean satharanak mong 4 lngeach, ov mak mok meul ban",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-playdates",
        neg_kind="benign",
        hard=True,
        km=[
            "ម៉ាក់សុភា! កូនខ្ញុំចង់លេងជាមួយកូនបងណាស់។ ថ្ងៃសៅរ៍នេះនាំគាត់មកផ្ទះខ្ញុំម៉ោង ២ បានទេ? ខ្ញុំនៅផ្ទះពេញមួយថ្ងៃ។",
            "ក្មេងៗចង់ទៅលេងសួនកុមារជាមួយគ្នា។ ខ្ញុំនឹងនៅមើលពួកគេរហូត ម៉ោង ៥ ខ្ញុំជូនកូនបងមកផ្ទះវិញ។",
            "ប៉ារបស់ដារ៉ាណាំ។ កូនខ្ញុំអញ្ជើញកូនបងមកខួបកំណើតអាទិត្យក្រោយ។ ឪពុកម្ដាយចូលរួមបានដែរ មានអាហារសម្រាប់មនុស្សធំផង។",
            "បងអើយ កូនប្រុសពីរនាក់នេះលេងហ្គេមជាមួយគ្នាពេញយប់ហើយ 😅 ថ្ងៃស្អែកយើងកំណត់ម៉ោងឲ្យពួកវាម្ដងទៅ។",
        ],
        en=[
            "Hi! My daughter keeps asking for a playdate with Lina. Saturday 2-5pm at our place? I'll be home the whole time, happy to send you my address.",
            "Taking the kids to the water park Sunday, I'll be with them the whole day. Want Bopha to come? I'll drop her back by 6.",
            "Parents of 3B: we're doing a small birthday for Vichea next Sunday. Kids and parents both welcome, there's food for grown-ups too 🎂",
        ],
        mixed=[
            "ម៉ាក់ៗថ្នាក់ 2A ✋ ចង់ធ្វើ playdate ថ្ងៃសៅរ៍នៅ Aeon kids zone ទេ? parents ទាំងអស់នៅជាមួយ ជួបគ្នាម៉ោង 9",
            "កូនបងមកលេងផ្ទះខ្ញុំបានណា ខ្ញុំ work from home ថ្ងៃហ្នឹង មើលពួកវាបាន 👀 ម៉ោង 5 ខ្ញុំ drop វិញ",
        ],
        latn=[
            "mak sophea! kon knhom chong leng jea muoy kon bong nas, tngai saurk nis nam kat mok pteah knhom mong 2 ban te? knhom nov pteah penh tngai",
            "kmeng kmeng chong tov leng suon komar jea muoy knea, knhom nov meul pouk ke rohot, mong 5 knhom jun kon bong mok pteah vinh",
            "bong euy kon bros 2 nak nis leng game jea muoy knea penh yob hz 😅 sa-ek yerng kom nort mong oy vea mdong",
            "mak mak tnak 3B, pel kmeng tov leng pteah knea, sum oy lek phone ov mak knea tov vinh mok nas, deng tha kmeng nov na",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-class-group",
        neg_kind="benign",
        hard=True,
        km=[
            "ជម្រាបសួរសិស្សថ្នាក់ ៨ក ទាំងអស់។ យប់នេះថតរូបកិច្ចការផ្ទះគណិតវិទ្យាទំព័រ ៤៥ ផ្ញើក្នុងក្រុមនេះ មុនម៉ោង ៨ យប់។",
            "សូមឪពុកម្ដាយជួយថតរូបកូនពេលអានសៀវភៅនៅផ្ទះ ផ្ញើក្នុងក្រុមថ្នាក់ សម្រាប់គម្រោងសប្ដាហ៍អំណាន។ មិនបាច់បង្ហាញមុខក៏បាន។",
            "គ្រូសុំឲ្យសិស្សបើកកាមេរ៉ាពេលរៀនអនឡាញថ្ងៃស្អែក ដើម្បីស្រង់វត្តមាន។ ឪពុកម្ដាយអាចអង្គុយក្បែរកូនបាន។",
            "ក្រុមនេះសម្រាប់តែព័ត៌មានថ្នាក់រៀនប៉ុណ្ណោះ។ គ្រូនឹងមិនផ្ញើសារឯកជនទៅសិស្សទេ បើមានរឿងអ្វី គ្រូទាក់ទងឪពុកម្ដាយផ្ទាល់។",
            "ថ្ងៃសុក្រនេះ សិស្សត្រូវពាក់ឯកសណ្ឋានកីឡា ហើយយករូបថតគ្រួសារមួយសន្លឹកមកសាលា សម្រាប់ម៉ោងសិល្បៈ។",
        ],
        en=[
            "Good evening class 6B! Please send a photo of your science homework (page 32) to this group before 8pm. Parents, thanks for checking.",
            "Reminder: cameras on during tomorrow's online lesson for attendance. Parents are welcome to sit next to their child.",
            "Note from the homeroom teacher: I only communicate through this parents' group or by phone with parents. I never message students privately.",
        ],
        mixed=[
            "សិស្ស 9B ✍️ ផ្ញើ photo homework English unit 5 ក្នុង group នេះមុនម៉ោង 8 យប់ណា អ្នកណាអត់ផ្ញើ គ្រូ call parents",
            "Online class ស្អែក ត្រូវ turn on camera ដើម្បីស្រង់វត្តមាន 📹 parents អង្គុយក្បែរបាន",
            "Group នេះ for class info only 📌 គ្រូមិន inbox សិស្សផ្ទាល់ទេ មានរឿងអ្វីគ្រូ contact ឪពុកម្ដាយ",
        ],
        latn=[
            "sisa tnak 8A teang os, yob nis thot rup homework gonit tumpor 45 pnhae knong krom nis mun mong 8 yob",
            "sum ov mak juoy thot rup kon pel an seavphov nov pteah, pnhae knong krom tnak. ot bach bonghanh muk ka ban",
            "class online sa-ek trov bok camera daembey srang vottmean. ov mak ach ankuy kbae kon ban",
            "krom nis samrab tae pormean tnak rean ponnoh. kru ot pnhae sa inbox tov sisa te, mean reung ey kru contact ov mak",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-talent-show",
        neg_kind="benign",
        hard=True,
        km=[
            "ការប្រកួតចម្រៀងកុមារប្រចាំខេត្ត ទទួលបេក្ខជនអាយុ ៨–១៥ ឆ្នាំ។ ការចុះឈ្មោះត្រូវមានហត្ថលេខាឪពុកម្ដាយ និងអាណាព្យាបាលត្រូវនៅជាមួយពេលសម្ដែង។",
            "វគ្គជម្រុះរបាំកុមារធ្វើនៅសាលមហោស្រពសាធារណៈ។ ឪពុកម្ដាយអង្គុយជួរមុខបាន។ ការថតវីដេអូបង្ហោះតាមការយល់ព្រមរបស់គ្រួសារតែប៉ុណ្ណោះ។",
            "កូនស្រីខ្ញុំឡើងសម្ដែងនៅកម្មវិធីទេពកោសល្យសាលាហើយ 🥹 អរគុណគ្រូៗដែលហាត់ជាមួយនាងរាល់ល្ងាច ម៉ាក់មើលពីក្រោយឆាកពេញមួយម៉ោង។",
            "ស្ទូឌីយោថតរូបកុមារ៖ ការថតត្រូវមានឪពុកម្ដាយនៅក្នុងបន្ទប់ជានិច្ច។ រូបផ្ញើទៅគ្រួសារតែម្នាក់ មិនប្រើសម្រាប់ផ្សព្វផ្សាយទេ បើគ្មានការអនុញ្ញាត។",
        ],
        en=[
            "Kids' Got Talent, provincial round: ages 8-15, registration needs a parent's signature, and a guardian must stay with the child backstage.",
            "So proud of my son's dance at the school talent show 🥹 I was right there in the front row filming, thank you teachers!",
            "Child model casting by a licensed agency: parents must attend every session, contracts are signed by guardians, and no photos are taken without a parent present.",
        ],
        mixed=[
            "Kids singing contest 🎤 អាយុ 8-15 register ត្រូវមាន parent signature ហើយ guardian ត្រូវនៅ backstage ជាមួយកូន",
            "កូនប្រុសខ្ញុំឡើង talent show សាលាថ្ងៃនេះ 🥹 ម៉ាក់អង្គុយ front row ថតវីដេអូពេញ proud ណាស់",
        ],
        latn=[
            "kar prakuot chomrieng komar khet, ayu 8-15 chnam, chos chhmous trov mean hatthalekha ov mak, nak thaer trov nov jea muoy",
            "kon srey knhom laeng samdaeng talent show sala hz 🥹 or kun kru kru del hat jea muoy nieng rol lngeach",
            "studio thot rup kmeng: ov mak trov nov knong bontob jea nich, rup pnhae tov krusa tae mnak, ot yok tov post te",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-adoption-legal",
        neg_kind="benign",
        hard=True,
        km=[
            "សំណួរ៖ តើការសុំកូនចិញ្ចឹមស្របច្បាប់ធ្វើយ៉ាងដូចម្ដេច? ចម្លើយ៖ ត្រូវដាក់ពាក្យតាមរយៈមន្ទីរសង្គមកិច្ច មានការវាយតម្លៃគ្រួសារ និងការសម្រេចរបស់តុលាការ។ កុំទិញកូនពីអ្នកណាក្រៅប្រព័ន្ធ។",
            "អង្គការជួយគ្រួសារ៖ ការចិញ្ចឹមកូនដោយស្របច្បាប់ចំណាយពេលច្រើនខែ ព្រោះត្រូវពិនិត្យឯកសារ និងធានាថាក្មេងមិនត្រូវបានលក់ ឬលួចយកមក។",
            "ខ្ញុំ និងប្ដីទើបទទួលបានការអនុម័តសុំកូនចិញ្ចឹមបន្ទាប់ពីរង់ចាំ ១ ឆ្នាំកន្លះ។ ដំណើរការយូរ តែយើងដឹងថាកូនស្របច្បាប់ និងមានសុវត្ថិភាព ❤️",
            "បើអ្នកមិនអាចចិញ្ចឹមកូនបាន កុំលក់ ឬឲ្យកូនអ្នកដទៃដោយគ្មានឯកសារ។ ទាក់ទងមេឃុំ ឬមន្ទីរសង្គមកិច្ច ដើម្បីទទួលជំនួយ ឬការថែទាំបណ្ដោះអាសន្ន។",
        ],
        en=[
            "How does legal adoption work? You apply through the social affairs department, there's a home study, document checks and a court decision. Expect months, not weeks.",
            "Finally! After 18 months of paperwork and home visits our adoption was approved by the court. Slow process, but we know our son came to us the right way ❤️",
            "If you cannot care for your baby, please don't hand them to strangers online. Contact your commune or the social affairs office for support or temporary foster care.",
        ],
        mixed=[
            "Legal adoption process 📋 ដាក់ពាក្យនៅមន្ទីរសង្គមកិច្ច → home study → ពិនិត្យឯកសារ → តុលាការសម្រេច។ អ្នកណាប្រាប់ថា 3 weeks done គឺបោក",
        ],
        latn=[
            "knhom nung pdey teub tortuol ban kar anumat sum kon chenhchem kroy pi rong cham 1 chnam konlah, yur men tae kon sropchbab nas ❤️",
            "ber min ach chenhchem kon ban, kom luk ru oy kon nak dot ot mean eksar. contact me khum ru montir sangkumkech daembey juoy",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-news-arrests",
        neg_kind="news_report",
        km=[
            "ប៉ូលិសខេត្តចាប់ខ្លួនបុរសម្នាក់ ដែលប្រើហ្គេមអនឡាញផ្ដល់ពេជ្រឲ្យក្មេងៗ ដើម្បីសុំរូបថត។ ជនសង្ស័យត្រូវបញ្ជូនទៅតុលាការ។",
            "តុលាការកាត់ទោសជាប់ពន្ធនាគារ ១២ ឆ្នាំ លើម្ចាស់ខារ៉ាអូខេមួយកន្លែង ពីបទជួលក្មេងស្រីអាយុក្រោម ១៨ ឆ្នាំធ្វើការ។",
            "កម្លាំងនគរបាលជួយសង្គ្រោះក្មេងស្រី ៦ នាក់ ពីហាងម៉ាស្សាមួយនៅទីក្រុង។ ម្ចាស់ហាងត្រូវបានឃាត់ខ្លួនដើម្បីសាកសួរ។",
            "ស្ត្រីម្នាក់ត្រូវបានចាប់ខ្លួនពេលកំពុងព្យាយាមលក់ទារកអាយុ ២ ខែ តាមបណ្ដាញសង្គម ក្នុងតម្លៃ ៣០០០ ដុល្លារ។",
            "គ្រូបង្វឹកកីឡាម្នាក់ត្រូវបានព្យួរការងារ និងកំពុងស៊ើបអង្កេត បន្ទាប់ពីឪពុកម្ដាយប្ដឹងថាគាត់ហៅសិស្សទៅហ្វឹកហាត់ម្នាក់ឯងនៅផ្ទះ។",
            "សវនាការលើករណីបោកប្រាស់ «អាហារូបករណ៍ក្លែងក្លាយ» ដែលសុំរូបថត និងអាយុពីសិស្សស្រី នឹងបន្តនៅខែក្រោយ។",
            "ក្រុមអ្នកគ្រប់គ្រងឆានែល Telegram លក់មាតិការំលោភកុមារ ៣ នាក់ ត្រូវបានចាប់ខ្លួនក្នុងប្រតិបត្តិការរួមគ្នាជាមួយប៉ូលិសអន្តរជាតិ។",
        ],
        en=[
            "Police arrested a 29-year-old man who allegedly used an online game to send diamonds to children in exchange for photos. He has been sent to court.",
            "A karaoke owner was sentenced to 12 years in prison for employing girls under 18, the provincial court ruled on Tuesday.",
            "Six girls were rescued from a massage parlour in a raid this morning; the owner is being questioned, police said.",
            "Woman detained for trying to sell a two-month-old baby on Facebook for $3,000, according to the district police chief.",
            "Three administrators of a Telegram channel trading child abuse material were arrested in a joint operation with international police.",
        ],
        mixed=[
            "BREAKING 🚨 ប៉ូលិសចាប់ខ្លួនបុរសម្នាក់ដែលប្រើ game online ផ្ដល់ diamonds ឲ្យក្មេងដើម្បីសុំរូបថត ត្រូវបញ្ជូនទៅតុលាការហើយ",
            "តុលាការកាត់ទោស 12 ឆ្នាំលើម្ចាស់ KTV ពីបទជួលក្មេងស្រី under 18 ធ្វើការ #news",
            "Update: ក្មេងស្រី 6 នាក់ត្រូវបាន rescue ពីហាង massage មួយ ម្ចាស់ហាងកំពុងត្រូវសាកសួរ",
        ],
        latn=[
            "police khet chab khluon boros mnak del brae game online oy pich kmeng kmeng daembey sum rup thot, chhoun tov tolakar hz",
            "tolakar kat tos 12 chnam leu mchas ktv pi bot chhoul kmeng srey ayu kraom 18 twer kar",
            "srey mnak trov chab khluon pel kompung luk kon ngat 2 khe tam facebook tlai 3000 dolla",
            "coach kila mnak trov pyuor kar ngar, kompung seub angket kroy ov mak bdeng tha kat hav sisa tov hat mnak eng nov pteah",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-awareness",
        neg_kind="awareness",
        km=[
            "ឪពុកម្ដាយសូមប្រយ័ត្ន៖ បើមាននរណាសរសេរទៅកូនថា «បងឲ្យពេជ្រ free តែផ្ញើរូបមកសិន» នោះជាសញ្ញាគ្រោះថ្នាក់។ សូមថតអេក្រង់ទុក ហើយរាយការណ៍ភ្លាម។",
            "ប្រយោគដែលជនល្បួងក្មេងតែងប្រើ៖ «កុំប្រាប់ម៉ាក់» «លុបឆាតចោល» «ប្ដូរទៅកម្មវិធីផ្សេង» «បើកកាមេរ៉ាម្នាក់ឯង»។ បើកូនឮពាក្យទាំងនេះ ត្រូវប្រាប់មនុស្សធំភ្លាម។",
            "អាហារូបករណ៍ពិតមិនដែលសុំរូបពេញខ្លួនរបស់សិស្ស ហើយមិនដែលប្រាប់ថាមិនបាច់ឪពុកម្ដាយយល់ព្រមនោះទេ។ ចែករំលែកដើម្បីការពារកូនៗ។",
            "សូមនិយាយជាមួយកូនអំពី «មិត្តក្នុងហ្គេម»។ អ្នកដែលឲ្យស្គីន ឬពេជ្រដោយមិនយកលុយ ហើយសុំជួបម្នាក់ឯង មិនមែនជាមិត្តទេ។",
            "បើនរណាម្នាក់គំរាមកូនអ្នកថា «ផ្ញើថែម បើមិនអញ្ចឹងខ្ញុំបង្ហោះរូប» កុំបង់ កុំផ្ញើអ្វីទៀត។ រក្សាភស្ដុតាង ហើយទាក់ទងប៉ូលិស។ កូនមិនមែនជាអ្នកខុសទេ។",
            "ការងារ KTV ឬម៉ាស្សាដែល «មិនត្រូវការអត្តសញ្ញាណប័ណ្ណ» ហើយទទួលក្មេងអាយុ ១៥ គឺជាការជួញដូរមនុស្ស។ សូមកុំឲ្យកូនចៅទៅ ហើយជួយរាយការណ៍។",
            "វគ្គបណ្ដុះបណ្ដាលឪពុកម្ដាយ៖ សញ្ញាព្រមាន ៥ យ៉ាងដែលកូនកំពុងត្រូវគេល្បួងតាមអ៊ីនធឺណិត។ ថ្ងៃអាទិត្យ ម៉ោង ៣ រសៀល នៅសាលាបឋមសិក្សា។",
        ],
        en=[
            "Parents: if someone writes to your child 'I'll top up your diamonds, just send a pic first', that is grooming. Screenshot it and report it.",
            "Red-flag phrases groomers use: 'don't tell your mom', 'delete our chat', 'let's move to another app', 'turn on your camera when you're alone'. Teach your kids to tell you when they hear these.",
            "A real scholarship never asks a 14-year-old for full-body photos or says parents don't need to know. Please share.",
            "If someone says 'send more or I'll post your pics', your child is not in trouble. Don't pay, don't send anything, keep the messages and call the hotline.",
            "PSA: 'No ID needed, ages 15+ welcome' in a KTV or massage job ad is not a job. It's trafficking. Report the page.",
        ],
        mixed=[
            "⚠️ Parents ប្រយ័ត្ន! បើមានអ្នកប្រាប់កូនថា 'free diamonds តែ send selfie មកសិន' នោះគឺ grooming. screenshot ហើយ report ភ្លាម",
            "Red flags ៖ 'កុំប្រាប់ម៉ាក់' 'delete chat' 'ប្ដូរទៅ Telegram' 'បើក camera ម្នាក់ឯង' 🚩 បង្រៀនកូនឲ្យប្រាប់យើងពេលឮពាក្យទាំងនេះ",
            "Scholarship ពិតមិនដែលសុំរូប full body របស់សិស្ស ឬប្រាប់ថាមិនបាច់ parents ដឹងទេ 🎓 share ដើម្បីការពារកូនៗ",
        ],
        latn=[
            "ov mak prayat: ber mean nak sarsei tov kon tha 'bong oy pich free tae pnhae rup mok sen', nuh jea sanhnha kroh tnak. screenshot hz report plam",
            "peak del jon lbuong kmeng chhob brae: 'kom prab mak', 'lub chat chol', 'dor tov app phsseng', 'bok camera mnak eng'. bongrean kon oy prab yerng",
            "ahar ubakar pit ot del sum rup penh khluon sisa te, ot del prab tha min bach ov mak deng. share daembey kar pear kon kon",
            "ber nak na komram kon anak tha 'pnhae themm ber ot te knhom post rup', kom bong luy kom pnhae ey tiet. tuk phosdotang hz contact police",
            "kar ngar ktv ru massage 'ot trov ka ID' tortuol kmeng 15 chnam, nuh jea juonh dor monus. kom oy kon chau tov, juoy report",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-official-warning",
        neg_kind="official_warning",
        km=[
            "សេចក្ដីជូនដំណឹងរបស់ស្នងការដ្ឋាននគរបាលខេត្ត៖ ហាងខារ៉ាអូខេ និងម៉ាស្សាណាដែលជួលបុគ្គលិកអាយុក្រោម ១៨ ឆ្នាំ នឹងត្រូវបិទ និងផ្ដន្ទាទោសតាមច្បាប់។",
            "មន្ទីរអប់រំសូមជម្រាបជូនឪពុកម្ដាយ៖ មិនមានកម្មវិធីអាហារូបករណ៍ណាមួយរបស់រដ្ឋ ដែលសុំរូបថតផ្ទាល់ខ្លួនរបស់សិស្សតាម Facebook ឬ Telegram ទេ។",
            "ការិយាល័យប្រឆាំងការជួញដូរមនុស្សព្រមាន៖ ការលក់ ឬឲ្យកូនទៅអ្នកដទៃដោយគ្មានឯកសារស្របច្បាប់ ជាបទល្មើសព្រហ្មទណ្ឌ ទាំងអ្នកលក់ និងអ្នកទិញ។",
            "រដ្ឋបាលឃុំសូមណែនាំ៖ បើឃើញការផ្សាយជ្រើសរើសក្មេងស្រីពីភូមិទៅធ្វើការក្រៅខេត្ត ដោយបើកលុយមុនឲ្យគ្រួសារ សូមរាយការណ៍មកមេភូមិ ឬប៉ុស្តិ៍នគរបាល។",
        ],
        en=[
            "Provincial police notice: any karaoke or massage business employing staff under 18 will be closed and the owners prosecuted.",
            "The education department reminds parents that no government scholarship asks students for personal photos over Facebook or Telegram. Report such pages to the school.",
        ],
        mixed=[
            "📢 ជូនដំណឹងពីប៉ុស្តិ៍នគរបាលរដ្ឋបាល៖ Page ណាផ្សាយ job 'KTV staff age 15+' សូម report មកលេខ hotline ភ្លាម",
        ],
        latn=[
            "sechkdey chun domnoeng pi police khet: hang ktv nung massage na chhoul bokkolik ayu kraom 18 nung trov bet nung ptontoa tos",
            "montir op rom chun domnoeng ov mak: ot mean ahar ubakar rodth na sum rup pdal khluon sisa tam facebook ru telegram te",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-game-shop",
        neg_kind="benign",
        hard=True,
        km=[
            "លក់ពេជ្រ MLBB តម្លៃថោក 💎 ៨៦ ពេជ្រ ១.៥ ដុល្លារ។ បញ្ចូលតាម ID និង Server ប៉ុណ្ណោះ មិនសុំលេខសម្ងាត់ មិនសុំរូប។ ទូទាត់តាម ABA ។",
            "ហាងបញ្ចូលហ្គេម Free Fire បើកម៉ោង ៨ ព្រឹកដល់ ១០ យប់។ ស្គីនថ្មីមានលក់ហើយ អតិថិជនក្មេងសូមឲ្យឪពុកម្ដាយជាអ្នកបង់ប្រាក់។",
            "ប្រូម៉ូសិនខែនេះ៖ ទិញពេជ្រ ៥០០ ថែម ៥០ ។ ផ្ញើតែ Game ID មក។ ភ្ញៀវណាប្រាប់ថាឃើញ page យើងសុំរូប គឺ page ក្លែងក្លាយ។",
            "តើហាងណាបញ្ចូលពេជ្រលឿនជាងគេ? កូនខ្ញុំរំខានរាល់ថ្ងៃ 😂 ខ្ញុំចង់បញ្ចូលឲ្យ ១០ ដុល្លារ ជារង្វាន់ប្រឡងជាប់។",
        ],
        en=[
            "MLBB diamonds cheapest in town 💎 86 for $1.50. We only need your Game ID and Server. We never ask for passwords or photos. Pay by ABA or cash at the shop.",
            "Free Fire top-up shop near Olympic Market, open 8am-10pm. New bundle in stock! Under-16 customers please come with a parent.",
            "Which top-up page is legit? My son earned 10 dollars of diamonds for passing his exam and I want to buy from a real shop 😅",
        ],
        mixed=[
            "💎 Top up MLBB ថោកបំផុត 86 diamonds = 1.5$ ផ្ញើ ID + Server មក done ក្នុង 1 min ✅ យើងមិនសុំ password ឬរូបទេ",
            "FF top up shop 🔫 new skin bundle មកដល់ហើយ កូនក្មេង under 16 សូមមកជាមួយ parents ពេលទិញ",
            "ម្ដាយណាដឹង page top up ណា legit ទេ? កូនខ្ញុំចង់បាន diamonds ជារង្វាន់ប្រឡងជាប់ 😂",
        ],
        latn=[
            "luk pich mlbb thok 💎 86 pich 1.5 dolla, dak tam ID nung server tae, ot sum password ot sum rup, bong tam aba",
            "hang top up free fire bek mong 8 proek dol 10 yob. skin tmey mean luk hz, kmeng kmeng sum oy ov mak jea nak bong luy",
            "promo khe nis tinh pich 500 thaem 50. pnhae tae game ID mok. page na sum rup ku page kleng klay nas",
            "hang na dak pich lern jeang ke? kon knhom romkhan rol tngai 😂 chong dak oy 10 dolla jea rongvean prolong job",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-tutor-ads",
        neg_kind="benign",
        hard=True,
        km=[
            "មជ្ឈមណ្ឌលរៀនគួរ ពន្លឺចំណេះ បង្រៀនគណិត និងរូបវិទ្យា ថ្នាក់ទី ៧–១២។ អាសយដ្ឋាន៖ ផ្ទះលេខ ២៥ ផ្លូវ ២៧១ ។ ថ្នាក់មានកញ្ចក់ ឪពុកម្ដាយអាចមើលពីបន្ទប់រង់ចាំ។",
            "គ្រូបង្រៀនភាសាអង់គ្លេសទៅបង្រៀនដល់ផ្ទះ ពេលឪពុកម្ដាយនៅផ្ទះប៉ុណ្ណោះ។ មានបទពិសោធន៍ ៦ ឆ្នាំ និងលិខិតបញ្ជាក់ពីសាលា។",
            "ថ្នាក់ហ្វឹកហាត់ហែលទឹកកុមារ នៅអាងសាធារណៈ ម៉ោង ៥–៦ ល្ងាច។ គ្រូ ២ នាក់ សិស្ស ១០ នាក់ ឪពុកម្ដាយអង្គុយចាំក្បែរអាង។",
            "ស្វែងរកគ្រូគួរគណិតសម្រាប់កូនថ្នាក់ទី ៩ រៀននៅផ្ទះយើងពេលល្ងាច ខ្ញុំនៅផ្ទះរាល់ពេលរៀន។ អ្នកណាស្គាល់គ្រូល្អ ណែនាំផង។",
        ],
        en=[
            "Bright Path Learning Centre: maths and physics for grades 7-12. House 25, Street 271. Glass-walled classrooms, parents can watch from the waiting area.",
            "Experienced English tutor, home visits available only when a parent is at home. References from two schools on request.",
            "Looking for a maths tutor for my grade 9 daughter, lessons at our dining table on weekday evenings, I'm home every session. Recommendations welcome!",
        ],
        mixed=[
            "📚 Learning centre បង្រៀន Math + Physics ថ្នាក់ 7-12 address ផ្ទះលេខ 25 ផ្លូវ 271 classroom កញ្ចក់ parents មើលពី waiting room បាន",
            "រក tutor English សម្រាប់កូនថ្នាក់ទី 8 រៀននៅផ្ទះយើងពេលល្ងាច ម៉ាក់នៅផ្ទះរាល់ session 🙏 recommend ផង",
        ],
        latn=[
            "mochhimondol rean kuor ponlu chomneh, bongrean gonit nung rupvichea tnak 7-12, pteah lek 25 phlov 271, ov mak ach meul pi bontob rong cham",
            "kru English tov bongrean dol pteah pel ov mak nov pteah ponnoh, mean bot pisaot 6 chnam",
            "rok kru kuor gonit oy kon tnak ti 9, rean nov pteah yerng pel lngeach, knhom nov pteah rol pel rean. nak na skoal kru lor nenoam pong",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-school-trip",
        neg_kind="benign",
        hard=True,
        km=[
            "សេចក្ដីជូនដំណឹង៖ ដំណើរទស្សនកិច្ចសិក្សាទៅប្រាសាទអង្គរ សម្រាប់សិស្សថ្នាក់ទី ៩ នៅថ្ងៃទី ១៥។ សូមឪពុកម្ដាយចុះហត្ថលេខាលើលិខិតយល់ព្រម ហើយប្រគល់ឲ្យគ្រូបន្ទុកថ្នាក់។",
            "ក្រុមគ្រូ ៦ នាក់នឹងនាំសិស្ស ៥០ នាក់ ទៅស្នាក់នៅផ្ទះសំណាក់នៅកែប ២ យប់។ បន្ទប់បែងចែកតាមភេទ ហើយគ្រូស្នាក់នៅជាន់ដូចគ្នា។",
            "ឪពុកម្ដាយដែលចង់ជួយជាអ្នកស្ម័គ្រចិត្តក្នុងដំណើរកម្សាន្តសាលា សូមចុះឈ្មោះនៅការិយាល័យ។ រថយន្តចេញម៉ោង ៦ ព្រឹក ត្រឡប់មកវិញម៉ោង ៧ យប់។",
        ],
        en=[
            "Grade 6 field trip to the National Museum on Friday. Consent slips due Wednesday. Bus leaves 7:30, back by 3pm. Parent volunteers welcome.",
            "Overnight trip to Kep for grade 10: 6 teachers, 50 students, separate rooms for boys and girls, teachers on the same floor. Parents will get a contact sheet.",
        ],
        mixed=[
            "📌 Field trip ទៅ museum ថ្នាក់ទី 6 ថ្ងៃសុក្រ consent form ត្រូវប្រគល់មុនថ្ងៃពុធ bus ចេញម៉ោង 7:30",
        ],
        latn=[
            "sechkdey chun domnoeng: domnaer tossanakech tov prasat angkor samrab sisa tnak ti 9 tngai ti 15. sum ov mak chos hatthalekha leu likhet yol prom",
            "kru 6 nak nam sisa 50 nak tov snak nov guesthouse nov kep 2 yob, bontob bek tam phet, kru nov chan dauch knea",
            "ov mak na chong juoy jea nak smak chet knong domnaer komsan sala, chos chhmous nov office. lan chenh mong 6 proek",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-adult-flirt",
        neg_kind="banter",
        km=[
            "បងអាយុ ៣២ ហើយ អូនក៏ ២៨ ដែរ មិនក្មេងទៀតទេ 😄 ល្ងាចនេះញ៉ាំកាហ្វេជាមួយបងមួយកែវបានអត់?",
            "អូនស្រីផ្ញើរូបសែលហ្វីថ្មីមក បងរង់ចាំ 😍 ប្រពន្ធខ្លួនឯងទេ កុំព្រួយ 🤣",
            "ប្ដីខ្ញុំប្រាប់ថា កុំប្រាប់ម៉ាក់ក្មេកថាយើងទៅញ៉ាំប៊ុហ្វេ ខ្លាចគាត់ថាខ្ជះខ្ជាយ 😂",
            "មិត្តរួមការងារនេះចេះតែសួរថា ចុងសប្ដាហ៍ទំនេរទេ? អាយុ ២៦ ដូចគ្នា ខ្ញុំគិតថាគាត់ចាប់អារម្មណ៍ 🙈",
        ],
        en=[
            "We're both 30-something and single, what's stopping us? Dinner Friday, I'll book the table 😏",
            "Send me a new selfie babe, I miss your face 😍 (yes this is my wife, relax everyone in the family group 😂)",
            "My colleague asked if I'm free this weekend and told me not to tell the office gossip 🙈 we're both 27, is this a date??",
        ],
        mixed=[
            "បង 35 អូន 31 ហើយ 😆 old enough ហើយណា dinner ថ្ងៃសុក្រទេ? បង book តុឲ្យ",
            "Babe send selfie មក 😍 miss មុខអូនណាស់ (ប្រពន្ធខ្ញុំទេអ្នកទាំងអស់គ្នា relax 🤣)",
        ],
        latn=[
            "bong ayu 32 hz, own ka 28 dae, ot kmeng tiet te 😄 lngeach nis nham kafe jea muoy bong mouy keo ban ot?",
            "bopha euy pnhae selfie tmey mok, bong nirk muk oun nas 😍 (propun knhom te, kom prouy krob knea 🤣)",
            "mit ruom kar ngar chhes tae suor tha chong sabdah tomner te, ayu 26 dauch knea, knhom kit tha kat chab aromma 🙈",
            "pdey knhom prab tha kom prab mak kmek tha yerng tov nham buffet, klach kat tha khchah khchay 😂",
        ],
    )
)

THEMES.append(
    _posts(
        "w4c-n-complaint",
        neg_kind="complaint",
        km=[
            "ហាងបញ្ចូលពេជ្រនេះកាត់លុយកូនខ្ញុំ ៥ ដុល្លារ ហើយពេជ្រមិនចូលសោះ។ ទាក់ទងទៅក៏មិនឆ្លើយ។ ប្រយ័ត្នផងអ្នកទាំងអស់គ្នា!",
            "សាលាយកលុយដំណើរទស្សនកិច្ច ៤០ ដុល្លារ ក្នុងមួយក្មេង តែឡានចាស់ ម៉ាស៊ីនត្រជាក់ខូច។ ឪពុកម្ដាយគួរមានសិទ្ធិដឹងថាលុយទៅណា។",
            "ក្លឹប KTV ក្បែរផ្ទះខ្ញុំបើកភ្លេងខ្លាំងរហូតដល់ម៉ោង ២ យប់ កូនៗខ្ញុំដេកមិនលក់ ប្ដឹងទៅសង្កាត់ ៣ ដងហើយនៅតែដដែល។",
        ],
        en=[
            "This top-up page took my son's $5 and never delivered the diamonds. Messages ignored for three days. Avoid!",
            "Paid $40 per child for the school trip and the bus had broken AC and no seatbelts. Parents deserve a breakdown of the costs.",
        ],
        mixed=[
            "Page top up នេះ scam ទេ 😡 កូនខ្ញុំ pay 5$ តែ diamonds មិនចូល inbox ក៏មិន reply ប្រយ័ត្នផង",
        ],
        latn=[
            "hang top up nis kat luy kon knhom 5 dolla hz pich ot chol sos, inbox ka ot chhlery. prayat pong krob knea",
            "sala yok luy domnaer tossanakech 40 dolla mouy kmeng, tae lan chas, ma-sin trachheak khoch. ov mak kuor deng luy tov na",
            "ktv kbae pteah knhom bek phleng klang dol mong 2 yob, kon knhom dek ot luok, bdeng tov sangkat 3 dorng hz nov tae dodael",
        ],
    )
)

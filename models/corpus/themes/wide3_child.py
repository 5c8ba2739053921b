# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Child safety against the posts the model keeps flagging as child safety (stratum "wide3").

Positives are indicator level only (never sexual description): grooming chats (age, grade, school,
secrecy, deleting chats, moving app, private photos or calls when parents are out, gifts, phone
credit or money for photos or a meeting alone), coded offers of minors in trade slang, and fake
modelling, job and scholarship offers to 13-16-year-olds. Some grooming messages deliberately use
protective words ("safe", "tips", "parents", "protect") so that those words alone do not clear a post.

The negatives share the vocabulary (photos, Telegram, secret, age, school, kids, meet, gift, phone
card) in benign or protective frames: parent tips, school and NGO lessons, police warnings, arrest
and court reports, shops sending product photos over Telegram, kids' clothes and toy shops, photo
studios, tutoring and daycare, family and birthday posts, lost-child notices, youth sport, parents
asking each other for advice, complaints, and adults flirting with adults.

All people are invented; organisations are fictional or generic; officials appear only by role."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide3"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives: child safety (indicator level only)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3c-groom-secret",
        abuse=("child_safety",),
        km=[
            "សួស្ដីអូន! ឃើញរូបអូនក្នុងក្រុមសិស្សវិទ្យាល័យ។ អូនរៀនថ្នាក់ទី៨ មែនទេ? អាយុប៉ុន្មានហើយ?",
            "ពេលគ្រូ ឬម៉ាក់សួរ កុំថាស្គាល់បងតាមអនឡាញណា។ ថាបងជាបងប្រុសរបស់មិត្តភក្តិអូនទៅ។",
            "អូនប្រើ Telegram ទេ? បើកគណនីថ្មីមួយទៅ កុំប្រើលេខទូរស័ព្ទម៉ាក់។ ទុកសម្រាប់តែនិយាយជាមួយបងប៉ុណ្ណោះ។",
            "ម្សិលមិញអូនមិនបានលុបសារយើងទេមែនទេ? លុបឥឡូវទៅ ហើយថតអេក្រង់មកឲ្យបងមើលផង។",
            "អូនជាមនុស្សតែម្នាក់គត់ដែលបងអាចនិយាយចេញពីចិត្តបាន។ បើអូនប្រាប់អ្នកដទៃពីយើង បងនឹងឈប់និយាយជាមួយអូនតែម្ដង។",
            "រូបម្សិលមិញ អូនពាក់អាវសាលាអ្វីដែរ? ឡូហ្គោនោះជាសាលាណា? បងចង់ដឹងថាអូនរៀននៅជិតផ្ទះបងឬអត់។",
            "ប៉ាអូនធ្វើការវេនយប់មែនទេ? ចឹងយប់នេះហៅវីដេអូបានហើយ។ ពាក់កាសស្ដាប់ ហើយបន្ថយពន្លឺអេក្រង់ណា។",
            "ដាក់លេខសម្ងាត់លើទូរស័ព្ទទៅ កុំឲ្យប្អូនអូនលេង។ ហើយប្ដូរឈ្មោះបងក្នុងទូរស័ព្ទទៅជា 'គ្រូគណិត'។",
            "ឥឡូវអូន ១៤ ឆ្នាំហើយ ធំល្មមសម្រេចចិត្តខ្លួនឯងបាន។ ចាំបាច់អីសុំការអនុញ្ញាតពីប៉ាម៉ាក់ពេលចង់ជួបមិត្ត?",
            "ចុងសប្ដាហ៍នេះ ប្រាប់ម៉ាក់ថាទៅរៀនគួរ ហើយមកជួបបងនៅហាងកាហ្វេខាងក្រោយសាលា។ បងរង់ចាំម៉ោង ២។",
        ],
        en=[
            "hey saw u in the grade 9 group chat 👋 which class r u in, A or B? how old r u btw",
            "rename me in ur contacts to 'Math Tutor' ok? that way if ur mum sees it she wont ask",
            "did u clear the chat like i said? send me a screenshot of the empty chat so i know",
            "Make a second TikTok your parents don't follow. I'll only message you there from now on.",
            "nobody at ur school gets u like i do. if u tell them about us theyll ruin it. promise me",
            "ur mum's night shift starts at 10 right? call me after, camera on, keep the lights low",
            "age is just a number, 15 is basically grown up. u dont need permission to hang out with a friend",
            "Tell your mom you're at the library Saturday. I'll wait in the grey car by the back gate of your school.",
        ],
        mixed=[
            "អូនរៀន class A ឬ B? ឃើញ profile អូនក្នុង group សិស្ស grade 9 ហើយ អាយុប៉ុន្មាន? 😊",
            "Rename បងក្នុង contact អូនទៅ 'គ្រូ English' ណា ម៉ាក់ឃើញក៏មិនសួរ",
            "Clear chat ហើយឬនៅ? screenshot មកបងមើល ធ្វើរៀងរាល់យប់ណា 🙏",
            "បង្កើត account TikTok ទីពីរមួយទៅ ដែលប៉ាម៉ាក់មិន follow ចាំបង inbox ទៅទីនោះ",
            "Saturday ប្រាប់ម៉ាក់ថាទៅ library ណា 😉 បងចាំនៅឡានពណ៌ប្រផេះ ក្រោយសាលា",
        ],
        latn=[
            "oun rien thnak 8 men? khernh roup oun knong group sis, ayu ponman hz oun?",
            "dak chhmous bong knong contact oun tha 'kru gnit' tov, mak khernh ka ot sour dae",
            "lub sar yerng hoy or nov? thot screenshot mok bong merl phong",
            "bangkert account tiktok mouy tiet del pa mak ot follow, ja bong chat tov tinoh",
            "own ot trov ka sum pa mak te, 14 chnam thom hz, samrach chet kluon eng ban",
            "pa oun twer kar ven yub men? yub nis call mok bong, dak kas hz bonthoy pnleu screen",
            "sao nis prab mak tha tov rien kour, mok jub bang nov hang cafe kroy sala, bang cham mong 2",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-groom-reward",
        abuse=("child_safety",),
        km=[
            "អូនថាកាតទូរស័ព្ទអស់ហើយ? បងផ្ញើលេខកាត ១០ ដុល្លារឲ្យ តែអូនត្រូវផ្ញើរូបអូនក្នុងបន្ទប់គេងមកសិន។",
            "ស្បែកជើងកីឡាដែលអូនចង់បាន បងទិញឲ្យមួយគូហើយ។ ល្ងាចថ្ងៃសុក្រ ជិះម៉ូតូឌុបមកផ្ទះបង បងចេញថ្លៃឲ្យ តែមកម្នាក់ឯងណា។",
            "ដឹងទេ បងអាចបង់ថ្លៃសាលាឲ្យអូនពេញមួយឆ្នាំ។ អូនគ្រាន់តែឆ្លើយបងរាល់យប់ ហើយផ្ញើរូបដែលបងសុំ។",
            "ផ្ញើ ABA ទៅហើយ ២០ ដុល្លារ។ ដូចបានព្រមគ្នា ហៅវីដេអូមកពេលម៉ាក់ទៅលក់ដូរ ហើយកុំឲ្យអ្នកណាឃើញ។",
            "ខួបកំណើតអូនឆ្នាំនេះគ្រប់ ១៥ ហើយ។ បងមានកាដូពិសេស តែចង់ហុចដល់ដៃអូនផ្ទាល់ ពីរនាក់ទេ។",
            "បើអូនផ្ញើរូបមួយទៀត បងផ្ញើលុយ Wing ឲ្យទិញកាបូបនោះ។ រូបដែលម៉ាក់អូនមិនដែលឃើញណា។",
            "ម៉ាក់អូនទៅស្រែដល់ល្ងាចមែនទេ? បើកកាមេរ៉ាឲ្យបងមើលមួយភ្លែត បងផ្ញើកាត ៥ ដុល្លារភ្លាម។",
            "ទូរស័ព្ទថ្មីនេះ កុំប្រាប់ម៉ាក់ថាបានមកពីណា។ ថាខ្ចីមិត្តទៅ។ ប្រើវាសម្រាប់តែឆាតជាមួយបងប៉ុណ្ណោះ។",
            "ម្សិលមិញអូនមិនព្រមផ្ញើរូប ដូច្នេះបងមិនទាន់បញ្ចូលកាតឲ្យទេ។ ចង់បានទេ? អូនដឹងហើយថាត្រូវធ្វើអី។",
            "ជួបគ្នាតែពីរនាក់ មួយម៉ោងប៉ុណ្ណោះ បងឲ្យ ៥០ ដុល្លារ។ អូនថាគ្មានលុយទិញសៀវភៅ មែនទេ?",
        ],
        en=[
            "just sent u $10 on ABA 💸 now ur turn, one pic from ur bedroom, u know the deal",
            "if u want those sneakers come get them at my place friday after school. ill pay the tuk tuk. come alone",
            "your 15th birthday present is ready 🎁 but I want to give it to you in person, just us, no friends",
            "no pic yesterday = no top up today 🙂 u know how this works",
            "I can cover your school fees for the whole year. All you have to do is answer me every night and send what I ask for.",
            "is ur mum at the market till 5? turn ur camera on for me for 5 mins and ill send a $5 card right away",
            "dont tell anyone where the new phone came from. say u borrowed it. use it only for talking to me ok",
        ],
        mixed=[
            "ផ្ញើ ABA $20 ហើយ 💸 ដល់វេនអូន video call ពេលម៉ាក់ទៅផ្សារ ok?",
            "Birthday 15 ឆ្នាំអូន បងមាន gift ពិសេស 🎁 តែចង់ឲ្យផ្ទាល់ដៃ just two of us",
            "No photo = no top up 😌 អូនដឹងហើយថាត្រូវធ្វើអី",
            "Phone ថ្មីនេះ សម្រាប់ chat ជាមួយបងតែម្នាក់ កុំប្រាប់ parents ថាបានពីណា",
        ],
        latn=[
            "kat phone oun os hz men? bong pheu lek kat 10$ oy, tae pheu roup oun knong bontob keng mok sen",
            "sbek jerng keila del oun chong ban bong tinh oy hz, thngai sok mok yok nov ptes bong, mok mnak eng na",
            "pheu ABA 20$ tov hz. doch ban prom knea, video call mok pel mak own tov luk dor",
            "birthday oun 15 chnam, bong mean kado pises, tae chong hoch oy dal dai phtal, pi nak te",
            "ber oun pheu roup mouy tiet, bang bonchol lui wing oy tinh kabor nuh",
            "jub knea tae 2 nak 1 mong, bong oy 50$. oun ot mean lui tinh sievphov men?",
            "mselmenh own ot prom pheu roup, dauch nis bong min torn bonchol kat oy te. chong ban? deng hz trov twer ey",
        ],
    )
)

# Grooming that borrows the vocabulary of protection: "safe", "tips", "parents", "protect".
THEMES.append(
    _posts(
        "w3c-groom-protect-words",
        abuse=("child_safety",),
        km=[
            "បងជាមនុស្សធំដែលអូនអាចទុកចិត្តបាន បងនឹងការពារអូនជានិច្ច។ តែដើម្បីសុវត្ថិភាព កុំប្រាប់ប៉ាម៉ាក់ពីការឆាតរបស់យើងណា។",
            "គន្លឹះសុវត្ថិភាពពីបង៖ លុបសាររាល់យប់ ដាក់លេខសម្ងាត់ទូរស័ព្ទ ហើយកុំឲ្យឪពុកម្ដាយដឹងថាអូនមាន Telegram។",
            "ប៉ាម៉ាក់អូនតឹងរ៉ឹងពេក គាត់មិនយល់ពីក្មេងជំនាន់ថ្មីទេ។ នៅជាមួយបង អូនមានសុវត្ថិភាពជាង។ ចុងសប្ដាហ៍នេះមកជួបបងទៅ។",
            "កុំខ្លាច បងមិនមែនជាមនុស្សចម្លែកដែលគ្រូព្រមាននោះទេ។ បងគ្រាន់តែចង់ការពារអូន។ ផ្ញើរូបមកឲ្យបងដឹងថាអូនសុខសប្បាយ។",
            "ឪពុកម្ដាយល្អ គឺអ្នកដែលទុកឲ្យកូនមានសេរីភាព។ ប៉ាម៉ាក់អូនមិនយល់ចិត្តអូនដូចបងទេ។ យប់នេះចេញមកក្រៅបន្តិចទៅ បងរង់ចាំនៅចុងផ្លូវ។",
        ],
        en=[
            "Safety tip from me 😉 always delete our chats and never let your parents see this app. I'm just protecting you.",
            "im not like the strangers ur teacher warned u about. im the one who protects u. so its safe to send me pics",
            "your parents are too strict, they dont get your generation. with me you're safe. come meet me sunday, just us",
            "Parents worry too much. I'm a youth mentor, totally safe. Bring your school ID when we meet so I can help with your scholarship form. Don't bring your mom.",
            "3 tips to stay safe online: 1) talk only to me 2) clear chats every night 3) never tell mum. trust me ok 🥰",
        ],
        mixed=[
            "Safety tip ពីបង: delete chat រាល់យប់ ហើយកុំឲ្យ parents ឃើញ app នេះ 😉 បង protect អូនណា",
            "បងមិនមែន stranger ដែលគ្រូព្រមាននោះទេ 😊 with me អូន safe ណាស់ send photo មកបងមើលថាអូនសុខសប្បាយ",
        ],
        latn=[
            "bong ot men mnus chamlek del kru prorman te, bong kroan tae chong kapea oun. pheu roup mok oy bong deng tha oun sok sabay",
            "kunlues sovatheapheap pi bong: lub sar real yub, dak password phone, kom oy pa mak deng tha oun mean telegram",
            "pa mak oun tung reng pek, kat ot yol kmeng jomnan thmey te. nov jea mouy bong oun safe jeang. sao nis mok jub bong",
            "bong jea mnus thom del oun ach tuk chet ban, bong kapea oun rohot. tae dermbey sovatheapheap kom prab pa mak pi chat yerng na",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-coded-trade",
        abuse=("child_safety",),
        km=[
            "📦 ទំនិញថ្មីចូលដល់ហើយ៖ 'ផ្លែឈើខ្ចី' ៣ ផ្លែ អាយុ ១៤ ដល់ ១៦ ទើបមកពីខេត្ត។ ថៅកែណាចាប់អារម្មណ៍ ឆាតឯកជនដើម្បីមើលរូប។",
            "ក្រុមយើងរកបាន 'សិស្សថ្មី' សម្រាប់ភ្ញៀវ VIP។ អាយុមិនលើស ១៦ ធានា។ កក់ប្រាក់ ៥០% មុនទទួលរូប។",
            "ថៅកែចង់បានកូនក្រមុំតូចៗ ពាក់ឯកសណ្ឋានសាលាមកជាមួយ? ប្រាប់មក យើងរៀបចំឲ្យ។ លេខ Telegram នៅក្នុង bio។",
            "រកអ្នកផ្គត់ផ្គង់ 'ក្មេងស្រីស្រុកស្រែ' អាយុក្រោម ១៦ សម្រាប់ហាងម៉ាស្សាថ្មីនៅខេត្តព្រះសីហនុ។ កម្រៃជើងសារខ្ពស់ សម្ងាត់ ១០០%។",
            "ត្រូវការ 'ស្រីខ្ចី' ២ នាក់ ចុងសប្ដាហ៍នេះ សម្រាប់ភ្ញៀវមកពីក្រៅប្រទេស។ អ្នកណាមានប្អូនស្រីអាយុ ១៥ ចង់រកលុយ ឆាតមក។",
            "ក្រុមនេះសម្រាប់តែសមាជិកបង់លុយ។ រូបក្មេងស្រីតូចៗ ថ្មីរៀងរាល់សប្ដាហ៍។ កុំ share តំណចេញក្រៅ បើមិនចង់ត្រូវ kick។",
            "ម្ដាយណាមានកូនស្រីអាយុ ១៣ ដល់ ១៥ ហើយជួបការលំបាកលុយ ខ្ញុំមានថៅកែចង់ 'ជួល' ពីរបីថ្ងៃ ឲ្យលុយមួយដុំ។ កុំនិយាយច្រើន ឆាតមក។",
        ],
        en=[
            "New stock in 🔥 3 'schoolgirls' fresh from the province, 14-16. Serious buyers DM for the photo album. Deposit first.",
            "Telegram VIP group: young ones only, under 16 guaranteed. Weekly updates. Payment in USDT. Leak the link and you're banned.",
            "Looking for a supplier: country girls under 16 for a new 'massage' place near the port. Top commission, full discretion.",
            "boss wants 2 'small sisters' for the weekend, around 15. anyone with a cousin who needs cash, hit me up. photos first",
        ],
        mixed=[
            "📦 New arrival: 'ផ្លែឈើខ្ចី' ៣ អាយុ 14-16 ទើបមកពីខេត្ត DM ដើម្បីមើល album 🔥 deposit មុន",
            "Group VIP សម្រាប់តែ member បង់លុយ 💰 ក្មេងស្រីក្រោម 16 update រាល់ week, leak link = ban",
            "ថៅកែត្រូវការ 'small sister' ២ នាក់ weekend នេះ អាយុ ~15 អ្នកណាមាន contact ឆាតមក photo មុន",
        ],
        latn=[
            "tumnenh thmey chol hz: 'phlae chheu khchey' 3 ayu 14-16 teap mok pi khet. thaokae na chab arom inbox merl roup",
            "rok srey khchey 2 nak sao nis samrab pnhiev barang, neak na mean p'oun srey ayu 15 chong rok lui chat mok",
            "m'dai na mean kon srey ayu 13-15 hz lombak lui, knhom mean thaokae chong 'chuol' pi bei thngai, oy lui mouy dom",
            "group vip nis samrab tae member bong lui, roup kmeng srey tauch tauch thmey real atit, kom share link chenh krav",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-fake-casting",
        abuse=("child_safety",),
        km=[
            "🌟 ជ្រើសរើសតារាម៉ូដែលវ័យក្មេង អាយុ ១៣ ដល់ ១៦ ឆ្នាំ! មិនត្រូវការបទពិសោធន៍។ ផ្ញើរូបពេញខ្លួន ៣ សន្លឹកតាម Telegram ហើយមកសម្ភាសផ្ទាល់នៅសណ្ឋាគារ។ មិនបាច់នាំឪពុកម្ដាយមកទេ។",
            "អាហារូបករណ៍សិក្សានៅបរទេស សម្រាប់សិស្សស្រីថ្នាក់ទី៧ ដល់ទី៩។ ដាក់ពាក្យដោយផ្ញើរូបថតផ្ទាល់ខ្លួនថ្មីៗ និងអាយុ។ ជ្រើសរើសដោយការជួបផ្ទាល់ម្នាក់ម្ដងៗ។",
            "ត្រូវការក្មេងស្រីអាយុ ១៤-១៥ ឆ្នាំ ធ្វើជាអ្នកបម្រើភ្ញៀវក្លឹប ប្រាក់ខែ ៤០០ ដុល្លារ។ ផ្ញើរូបមុខ និងរូបពេញខ្លួនមក ហើយត្រៀមចេញដំណើរភ្លាម។",
            "ម៉ាកសម្លៀកបំពាក់ថ្មីរកមុខមាត់ក្មេងស្រីស្អាតៗ ១៥ ឆ្នាំចុះ។ ថតរូបសាកល្បងឥតគិតថ្លៃនៅស្ទូឌីយ៉ូឯកជន ក្រោយម៉ោងរៀន។ កុំប្រាប់មិត្តច្រើនពេក កន្លែងមានកំណត់។",
            "អូនចង់ក្លាយជា TikToker ល្បីទេ? បងជាអ្នកគ្រប់គ្រងតារា។ ផ្ញើរូប ៥ សន្លឹក ហើយមកថតវីដេអូសាកល្បងនៅផ្ទះបងថ្ងៃអាទិត្យ មកម្នាក់ឯង។",
            "ការងារក្រៅម៉ោងសម្រាប់សិស្ស៖ ថតរូបផ្សព្វផ្សាយផលិតផល ១០០ ដុល្លារ/ថ្ងៃ។ តម្រូវ៖ ស្រី អាយុ ១៣-១៦ ផ្ញើរូបគំរូ ហើយមកជួបភ្នាក់ងារនៅបន្ទប់ជួល។",
        ],
        en=[
            "⭐ Teen model casting! Girls 13-16, no experience needed. Send 3 full-length photos on Telegram, interview at our hotel suite. No need to bring parents.",
            "Overseas scholarship for girls in grades 7-9 💙 Apply by sending recent personal photos + your age. Shortlisted girls meet our officer one-to-one.",
            "Want to be a famous TikToker? I manage young stars. Send me 5 pics and come to my place Sunday for a test shoot. Alone is better, parents make girls nervous.",
            "Part-time for students: product photo shoots, $100/day! Must be female, age 13-16. Send sample pics, then meet our agent at the guesthouse.",
        ],
        mixed=[
            "⭐ Casting model teen អាយុ 13-16 ឆ្នាំ no experience OK ផ្ញើ full body photo 3 សន្លឹកតាម Telegram interview នៅ hotel មិនបាច់នាំ parents",
            "Scholarship ទៅបរទេស សម្រាប់សិស្សស្រី grade 7-9 🎓 ផ្ញើ photo ផ្ទាល់ខ្លួន + អាយុ ហើយមក meet officer ម្នាក់ម្ដងៗ",
            "Job part-time សម្រាប់សិស្សស្រី 14-15 $80/day ថត photo ផលិតផលនៅ studio ឯកជនក្រោយម៉ោងរៀន កុំប្រាប់ friends ច្រើន slot មានកំណត់",
        ],
        latn=[
            "jreus reus model kmeng ayu 13-16 chnam, ot trov ka bot pisaot. pheu roup pen kluon 3 son lek tam telegram, mok sambhas nov hotel, ot bach noam pa mak",
            "ahar ub akar rien nov brates samrab sis srey thnak ti 7 dol 9, pheu roup thmey thmey nig ayu, jub phtal mnak mdong mdong",
            "trov kar kmeng srey ayu 14-15 twer neak bomrer pnhiev club, prak khae 400$. pheu roup muk ning pen kluon mok, trom chenh domnaer plam",
            "oun chong kla jea tiktoker lbey te? bong jea manager dara. pheu roup 5 son lek hoy mok thot video sakolbong nov ptes bong thngai atit, mok mnak eng",
            "kar ngea krav mong samrab sis: thot roup phsaphsay phalitaphal 100$/thngai. srey ayu 13-16, pheu roup kumrou hz mok jub neak tam nov bontob chuol",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: the same vocabulary in protective, reporting, commercial and family frames
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3c-neg-parent-checklist",
        neg_kind="awareness",
        km=[
            "✅ បញ្ជីឆែកសម្រាប់ម៉ាក់ប៉ា៖ ១) ដឹងថាកូនឆាតជាមួយអ្នកណា ២) ទុកទូរស័ព្ទនៅបន្ទប់ទទួលភ្ញៀវពេលយប់ ៣) ប្រាប់កូនថា មនុស្សធំដែលឲ្យលាក់សារពីម៉ាក់ប៉ា គឺមិនល្អទេ។",
            "ម្ដាយៗ សូមប្រយ័ត្ន! បើកូនស្រាប់តែមានកាតទូរស័ព្ទ ឬកាដូថ្មីដោយមិនដឹងមកពីណា សូមសួរដោយស្ងប់ស្ងាត់ កុំស្រែកដាក់កូន។ កូនត្រូវដឹងថាគាត់អាចប្រាប់យើងបាន។",
            "ពីម្ដាយម្នាក់ទៅម្ដាយផ្សេងទៀត៖ ខ្ញុំទើបដឹងថាកូនប្រុសខ្ញុំ ១២ ឆ្នាំ ត្រូវមនុស្សចម្លែកសុំឲ្យប្ដូរទៅឆាតក្នុង Telegram។ សំណាងល្អគាត់ប្រាប់ខ្ញុំ។ សូមនិយាយជាមួយកូនរបស់អ្នកផងណា។",
            "គន្លឹះ ៥ យ៉ាងការពារកូនលើអនឡាញ៖ បិទទីតាំងលើរូបថត កុំបង្ហោះឯកសណ្ឋានសាលា ពិនិត្យបញ្ជីមិត្ត បង្រៀនកូនថាគ្មានអាថ៌កំបាំងជាមួយមនុស្សធំ និងកសាងការទុកចិត្តគ្នា។",
            "កុំបង្ហោះរូបកូនជាមួយឈ្មោះសាលា និងម៉ោងចេញរៀនលើ Facebook សាធារណៈ។ មនុស្សមានចេតនាអាក្រក់អាចប្រើព័ត៌មាននេះបាន។",
            "សញ្ញាដែលគួរឲ្យព្រួយបារម្ភ៖ កូនលុបប្រវត្តិឆាតញឹកញាប់ លាក់ទូរស័ព្ទពេលយើងដើរកាត់ មានលុយចាយមិនដឹងមកពីណា ឬនិយាយពី 'មិត្តធំ' ថ្មីម្នាក់។",
            "ប៉ាៗ ម៉ាក់ៗ អាចប្រើមុខងារ Family Link ឬ Screen Time ដើម្បីដឹងថាកូនទាញយក app អ្វីខ្លះ។ មិនមែនដើម្បីឃ្លាំមើលទេ គឺដើម្បីការពារ។",
            "ប្រាប់កូនឲ្យចាំពាក្យនេះ៖ 'កាដូដែលមកជាមួយការសម្ងាត់ មិនមែនជាកាដូទេ'។ បើនរណាម្នាក់ឲ្យកាតទូរស័ព្ទ ហើយសុំរូប ត្រូវប្រាប់ម៉ាក់ភ្លាម។",
            "ចែករំលែកពីក្រុមឪពុកម្ដាយ៖ កុំខឹងពេលកូនប្រាប់ថាមាននរណាម្នាក់សុំរូប។ អរគុណកូនដែលហ៊ានប្រាប់ ថតអេក្រង់ទុកជាភស្តុតាង ហើយរាយការណ៍។",
        ],
        en=[
            "Parents, a quick checklist 📝 Do you know every app on your child's phone? Who they game with? Whether anyone has asked them to keep a secret from you? If not, tonight's a good night to ask.",
            "Red flags from a mum of three: gifts you didn't buy, phone credit that appears from nowhere, a new 'older friend', and a kid who flips the screen when you walk in.",
            "Reminder: turn off location tags before posting your kids' photos, and never show the school name or uniform badge. Strangers don't need to know where to find them.",
            "If your child tells you someone online asked for photos, stay calm, thank them, screenshot everything, block and report. Don't delete the evidence.",
            "Teach kids the difference between a surprise (a birthday gift, told soon) and a secret (something an adult says never to tell). Adults who ask kids for secrets are a warning sign.",
            "Tip for parents with teens: keep phones charging in the kitchen overnight. Most of the risky chats happen after midnight.",
            "PSA to parents: if a 'modelling agency' contacts your 14-year-old asking for photos and a meeting without you, it's not an agency. Report it.",
        ],
        mixed=[
            "Checklist សម្រាប់ parents 📝 ដឹងទេថាកូន chat ជាមួយអ្នកណា? មាន app អ្វីខ្លះក្នុង phone? មានអ្នកណាសុំឲ្យកូនលាក់ secret ពីយើងទេ?",
            "Red flags 🚩 កូនមានកាតទូរស័ព្ទ ឬ gift ដែលយើងមិនបានទិញ, លុប chat រាល់យប់, និយាយពី 'បងធំ' ថ្មីម្នាក់... សូមសួរកូនដោយទន់ភ្លន់",
            "Tip: បិទ location មុន post រូបកូន ហើយកុំបង្ហាញ logo សាលា ឬ uniform ណា parents ទាំងអស់គ្នា 🙏",
            "បើកូនប្រាប់ថាមាន stranger សុំ photo កុំខឹង, អរគុណកូន, screenshot ទុក, block ហើយ report 👍",
        ],
        latn=[
            "pa mak teang os, sak sour kon yub nis: tae mean neak na sum oy kon lak sar ot prab yerng te? ber mean, nuh jea sanhnha kroh thnak",
            "kunlues samrab pa mak: dak phone kon charge nov kanlaeng rom pel yub, kom oy kon yok chol bontob keng",
            "ber kon srab tae mean kat phone ru kado thmey ot deng mok pi na, sour kon doy tun plon, kom srek dak kon",
            "kom post roup kon jea mouy chhmous sala ning mong chenh rien nov facebook public, mnus chet akrok ach yok tov prer ban",
            "bongrien kon tha: mnus thom na del sum oy lak reang, sum roup, ru oy kado hz hav jub mnak eng, trov prab mak pa plam",
            "share pi m'dai mnak: kon pros knhom 12 chnam trov mnus chamlek sum oy dor tov telegram. sombnang l'a kat prab knhom. sak niyeay jea mouy kon bong phong",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-school-lesson",
        neg_kind="awareness",
        km=[
            "ថ្ងៃនេះ សិស្សថ្នាក់ទី៥ របស់យើងរៀនពីសុវត្ថិភាពអនឡាញ។ ពួកគេចាំបាន៖ មិនប្រាប់អាយុ និងឈ្មោះសាលាដល់មនុស្សចម្លែក ហើយបើមាននរណាសុំរូប ត្រូវប្រាប់ម៉ាក់ប៉ា ឬគ្រូ។ 👏",
            "មេរៀនបំណិនជីវិតសប្ដាហ៍នេះ៖ 'ក្បួនប្រាំម្រាមដៃ' — ម្រាមដៃនីមួយៗតំណាងឲ្យមនុស្សធំម្នាក់ដែលកូនអាចប្រាប់ បើមានអ្វីធ្វើឲ្យខ្លាច។",
            "អង្គការយុវជនមួយបានមកបង្រៀនសិស្សនៅសាលាយើងពីរបៀបបិទ និងរាយការណ៍គណនីដែលផ្ញើសារចម្លែក។ អរគុណក្រុមការងារ! 🙏",
            "គ្រូបន្ទុកថ្នាក់ជូនដំណឹងដល់ឪពុកម្ដាយ៖ ថ្ងៃសុក្រនេះ សាលាមានវគ្គ 'ការប៉ះពាល់ល្អ និងមិនល្អ' សម្រាប់សិស្សថ្នាក់ទី៣ ដល់ទី៦។ សូមបន្តពិភាក្សាជាមួយកូននៅផ្ទះ។",
            "សិស្សៗ ចាំណា៖ គ្មានមនុស្សធំល្អណាម្នាក់ សុំឲ្យប្អូនលាក់រឿងសម្ងាត់ពីឪពុកម្ដាយនោះទេ។ បើមាន សូមមកប្រាប់គ្រូ។ — គ្រូប្រចាំថ្នាក់",
            "ផ្ទាំងរូបភាពថ្មីនៅមុខបណ្ណាល័យសាលា៖ 'ឈប់ · ឆែក · ប្រាប់' — ឈប់ឆ្លើយ ឆែកមើលថាជាអ្នកណា ហើយប្រាប់មនុស្សធំដែលទុកចិត្ត។ សិស្សថ្នាក់ទី៩ ជាអ្នកគូរ។",
            "ការិយាល័យអប់រំស្រុកសហការជាមួយអង្គការក្នុងស្រុក បណ្ដុះបណ្ដាលគ្រូ ៦០ នាក់ ស្ដីពីការសម្គាល់សញ្ញានៃការបោកបញ្ឆោតកុមារតាមអនឡាញ។",
        ],
        en=[
            "Grade 4 made posters today for Online Safety Week 🎨 'Don't share your age, school or photos with strangers. Tell mum and dad if someone asks!' So proud of them.",
            "Our NGO ran a workshop for 80 students on spotting fake 'modelling' offers. Main lesson: real agencies never ask a 14-year-old to come alone or send photos privately.",
            "Note from the school counsellor: next Tuesday's assembly covers safe and unsafe secrets. Parents are welcome to attend. Questions can be sent to the school office.",
            "Teacher tip I use every year: I ask my class 'who are your five trusted adults?' and each kid writes them on a hand outline. It sticks with them.",
            "Student volunteers from the high school are running 'Cyber Buddies' — they visit primary classes and teach kids how to block and report accounts that ask for pictures.",
        ],
        mixed=[
            "Online Safety Week នៅសាលាយើង 🎨 សិស្ស grade 4 គូរ poster: 'កុំប្រាប់អាយុ សាលា ឬផ្ញើ photo ឲ្យ stranger, ប្រាប់ម៉ាក់ប៉ាភ្លាម!'",
            "Workshop ពីអង្គការយុវជនថ្ងៃនេះ: របៀប block & report account ដែលសុំរូប ឬសុំ video call 👍 សិស្សចូលរួម 80 នាក់",
            "គ្រូ counselor ផ្ញើមក parents: assembly ថ្ងៃអង្គារក្រោយ និយាយពី secret ល្អ និង secret មិនល្អ សូមអញ្ជើញចូលរួម",
        ],
        latn=[
            "thngai nis thnak ti 5 rien pi sovatheapheap online. sis jam ban: ot prab ayu ning chhmous sala dol mnus chamlek, ber ke sum roup trov prab mak pa ru kru",
            "kru prab sis: ot mean mnus thom l'a na sum oy yerng lak reang pi pa mak te. ber mean, mok prab kru",
            "angkar yuvachun mok bongrien sis nov sala yerng pi robeab block ning report account del pheu sar chamlek. arkun krom kar ngea 🙏",
            "poster thmey nov muk bannaly sala: 'chhub - check - prab'. sis thnak ti 9 jea neak kur, saat nas",
            "sala kon knhom mean vok 'kar bopeal l'a ning min l'a' samrab thnak ti 3 dol 6. l'a nas, pa mak kuo bonta niyeay nov ptes",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-police-notice",
        neg_kind="official_warning",
        km=[
            "សេចក្ដីជូនដំណឹងពីស្នងការដ្ឋាននគរបាលខេត្ត៖ មានគណនីក្លែងក្លាយអះអាងថាជាភ្នាក់ងារម៉ូដែល ទាក់ទងក្មេងស្រីអាយុ ១៣-១៦ សុំរូប និងណាត់ជួប។ សូមឪពុកម្ដាយប្រុងប្រយ័ត្ន និងរាយការណ៍មកលេខទូរស័ព្ទបន្ទាន់។",
            "ការិយាល័យប្រឆាំងការជួញដូរមនុស្សព្រមាន៖ ការផ្ដល់ការងារ 'ប្រាក់ខែខ្ពស់' ដល់ក្មេងអាយុក្រោម ១៨ ឆ្នាំ ដោយមិនត្រូវការឪពុកម្ដាយចុះហត្ថលេខា គឺជាសញ្ញាគ្រោះថ្នាក់។",
            "នគរបាលប៉ុស្តិ៍ឃុំសូមជម្រាបជូន៖ បើមាននរណាម្នាក់ឲ្យលុយ ឬកាតទូរស័ព្ទដល់កុមារ ដើម្បីដូរនឹងរូបថត សូមថតអេក្រង់ទុក ហើយមកប្ដឹងនៅប៉ុស្តិ៍។ អត្តសញ្ញាណអ្នករាយការណ៍ត្រូវរក្សាជាការសម្ងាត់។",
            "ក្រសួងកិច្ចការនារីជូនដំណឹង៖ ក្នុងរដូវវិស្សមកាលសាលា សូមឪពុកម្ដាយតាមដានការប្រើទូរស័ព្ទរបស់កូន ព្រោះករណីបោកបញ្ឆោតកុមារតាមអនឡាញតែងកើនឡើង។",
            "ព្រមាន៖ ក្រុម Telegram ដែលផ្សព្វផ្សាយ 'អាហារូបករណ៍បរទេស' ហើយសុំរូបថត និងអាយុរបស់សិស្សស្រី មិនមែនជាកម្មវិធីផ្លូវការរបស់ក្រសួងទេ។ សូមកុំផ្ញើព័ត៌មានកូនរបស់អ្នក។",
            "អាជ្ញាធរស្រុកសូមអំពាវនាវ៖ ម្ចាស់ហាងហ្គេម មិនត្រូវទុកឲ្យកុមារនៅក្នុងហាងក្រោយម៉ោង ៩ យប់ ហើយត្រូវរាយការណ៍ពីមនុស្សធំដែលសួរនាំកុមារគួរឲ្យសង្ស័យ។",
        ],
        en=[
            "Provincial police notice: fake accounts posing as a 'teen modelling agency' are messaging girls aged 13-16, asking for photos and meetings. Do not respond. Report to the hotline.",
            "Anti-trafficking police warning: any job offer to a person under 18 that promises high pay, requires photos and says 'no parents needed' should be reported immediately.",
            "Commune police advise: if an adult offers children phone cards or money in exchange for pictures, keep screenshots and come to the post. Reporters' identities are kept confidential.",
            "OFFICIAL: The 'overseas scholarship' Telegram channel collecting girls' photos and ages is not a Ministry programme. Do not send your children's details.",
        ],
        mixed=[
            "⚠️ Police ខេត្តព្រមាន: account ក្លែងក្លាយជា 'modeling agency' សុំ photo ក្មេងស្រី 13-16 ហើយណាត់ meet សូមកុំឆ្លើយ report មក hotline",
            "Channel Telegram 'scholarship បរទេស' ដែលប្រមូល photo និងអាយុសិស្សស្រី មិនមែនកម្មវិធីផ្លូវការទេ ⚠️ សូម share ប្រាប់ parents",
        ],
        latn=[
            "pos nokorbal khum chumreap: ber mean neak na oy lui ru kat phone dol kmeng dermbey dor roup, sum thot screenshot tuk hz mok pdeng nov pos",
            "police khet prorman: account kleng kleay tha jea agency model, chat rok kmeng srey 13-16 sum roup ning nat jub. kom chlery, report tov hotline",
            "prorman pi kariyalay prochang chuonh dor mnus: kar ngea prak khae khpos samrab kmeng krom 18 ot trov ka pa mak sign, nuh jea sanhnha kroh thnak",
            "channel telegram 'ahar ub akar brates' del sum roup ning ayu sis srey ot men kamvithi plov kar te. sum kom pheu pormean kon",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-court-arrest",
        neg_kind="news_report",
        km=[
            "តុលាការខេត្តកាលពីថ្ងៃពុធ បានកាត់ទោសបុរសអាយុ ៣៤ ឆ្នាំម្នាក់ ឲ្យជាប់ពន្ធនាគារ ១២ ឆ្នាំ ពីបទជួញដូរកុមារ បន្ទាប់ពីគាត់បានបោកបញ្ឆោតក្មេងស្រីពីរនាក់តាម Facebook ដោយសន្យាផ្ដល់ការងារ។",
            "នគរបាលបានចាប់ខ្លួនជនសង្ស័យម្នាក់ ដែលប្រើគណនីក្លែងក្លាយ ផ្ញើកាតទូរស័ព្ទដល់សិស្សថ្នាក់ទី៨ ដើម្បីសុំរូបថត។ ម្ដាយរបស់សិស្សបានឃើញសារ ហើយរាយការណ៍។",
            "ព័ត៌មានថ្មី៖ ប្រតិបត្តិការរួមគ្នារវាងនគរបាល និងអង្គការការពារកុមារ បានជួយសង្គ្រោះក្មេងស្រីអាយុក្រោម ១៨ ឆ្នាំ ៥ នាក់ ពីហាងខារ៉ាអូខេមួយ។ ម្ចាស់ហាងត្រូវបានឃាត់ខ្លួន។",
            "តុលាការបានបើកសវនាការលើករណីគ្រូបង្រៀនគួរម្នាក់ ដែលត្រូវចោទថាបានស្នើឲ្យសិស្សលាក់ការណាត់ជួបពីឪពុកម្ដាយ។ សាលក្រមនឹងប្រកាសនៅខែក្រោយ។",
            "យោងតាមរបាយការណ៍ប្រចាំឆ្នាំរបស់អង្គការមួយ ចំនួនករណីបោកបញ្ឆោតកុមារតាមអនឡាញដែលបានរាយការណ៍ កើនឡើងជិតទ្វេដង ភាគច្រើនចាប់ផ្ដើមតាមហ្គេម និង Telegram។",
            "ជនសង្ស័យដែលបើកក្រុម Telegram ក្លែងជា 'ភ្នាក់ងារម៉ូដែល' ត្រូវបានបញ្ជូនទៅតុលាការហើយ។ នគរបាលអំពាវនាវឲ្យគ្រួសារជនរងគ្រោះផ្សេងទៀតចូលមករាយការណ៍។",
            "ស្ត្រីម្នាក់ត្រូវបានចាប់ខ្លួននៅច្រកព្រំដែន ខណៈព្យាយាមនាំក្មេងស្រីអាយុ ១៥ ឆ្នាំពីរនាក់ឆ្លងដែន ដោយសន្យាថាឲ្យធ្វើការនៅភោជនីយដ្ឋាន។ ក្មេងទាំងពីរត្រូវបានប្រគល់ជូនគ្រួសារវិញ។",
        ],
        en=[
            "A provincial court on Wednesday sentenced a 34-year-old man to 12 years for child trafficking after he lured two girls via Facebook with promises of restaurant work.",
            "Police arrested a man accused of sending phone top-ups to a Grade 8 student in exchange for photos. The girl's mother discovered the messages and reported them, officers said.",
            "Five girls under 18 were rescued from a karaoke bar in a joint police-NGO operation on Friday night. The owner is in custody pending charges.",
            "Annual report: reported cases of online grooming nearly doubled this year, with most first contacts made through mobile games and Telegram, the child-protection group said.",
            "The trial of a former tutor accused of telling students to hide their meetings from parents resumed Monday. A verdict is expected next month.",
        ],
        mixed=[
            "Breaking: Police ចាប់ខ្លួនបុរសម្នាក់ ដែលផ្ញើ top-up ឲ្យសិស្ស grade 8 ដើម្បីដូរនឹង photo ម្ដាយសិស្សជាអ្នក report 👏",
            "តុលាការកាត់ទោស 12 ឆ្នាំ ជនជាប់ចោទជួញដូរកុមារ ដែល lure ក្មេងស្រីតាម Facebook ដោយសន្យាផ្ដល់ job",
            "Report ថ្មីពីអង្គការ: ករណី online grooming កើនជិត x2 ឆ្នាំនេះ ភាគច្រើនចាប់ផ្ដើមតាម game និង Telegram",
        ],
        latn=[
            "tolakar khet kat tos boros ayu 34 chnam 12 chnam pi bot chuonh dor kmeng, kroy pi ke bok kmeng srey 2 nak tam facebook tha oy kar ngea",
            "police chab kluon jon songsay mnak del pheu kat phone oy sis thnak ti 8 dermbey sum roup. m'dai sis khernh sar hz report",
            "pormean thmey: police ning angkar sang kruos kmeng srey krom 18 chnam 5 nak pi hang karaoke mouy. m'chas hang trov kheat kluon",
            "jon songsay del bok group telegram kleng jea 'agency model' trov banhchun tov tolakar hz. police ompeavneav oy krusa jon rong kroh phsaeng tiet mok report",
            "tolakar bok savanakar lerk kar kru bongrien kour mnak, trov chot tha ban sum oy sis lak kar nat jub pi pa mak. salakram prokas khae kroy",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-shop-telegram",
        neg_kind="benign",
        hard=True,
        km=[
            "កាបូបស្ពាយនារីម៉ូដថ្មីចូលដល់ហើយ 👜 អ្នកណាចង់បាន ខ្ញុំអាចផ្ញើរូបពិតបន្ថែម ឆាតមក Telegram លេខនៅក្នុងរូប។ ដឹកជញ្ជូនទូទាំងប្រទេស។",
            "សម្លៀកបំពាក់កុមារ អាយុ ១ ដល់ ៨ ឆ្នាំ 👶 សាច់ក្រណាត់ទន់ មិនរមាស់។ ប្រាប់អាយុ និងកម្ពស់កូនមក ខ្ញុំជ្រើសទំហំឲ្យ ហើយផ្ញើរូបឲ្យមើលមុន។",
            "ប្រដាប់ក្មេងលេងអប់រំ ល្អសម្រាប់ក្មេងអាយុ ៣ ឆ្នាំឡើង។ ទិញជាកាដូខួបកំណើតក៏ស្អាត 🎁 អាចផ្ញើវីដេអូសាកល្បងឲ្យមើលបាន។",
            "លក់កាតទូរស័ព្ទគ្រប់ប្រព័ន្ធ Cellcard Smart Metfone 📱 ផ្ញើលេខកាតតាម Telegram ភ្លាមៗ បង់តាម ABA។",
            "ឯកសណ្ឋានសាលាសម្រាប់ឆ្នាំសិក្សាថ្មី អាវស ខោខៀវ សំពត់ខៀវ មានគ្រប់ទំហំ។ ប្រាប់កម្ពស់ និងអាយុកូនមក ខ្ញុំជួយប៉ាន់ទំហំ ហើយផ្ញើរូបអាវពិតឲ្យមើល។",
            "ប្រូម៉ូសិនសម្ងាត់ 🤫 សម្រាប់តែសមាជិកក្រុម Telegram៖ ស្បែកជើងកុមារ បញ្ចុះ ៣០% ថ្ងៃនេះប៉ុណ្ណោះ។ ចូលក្រុមតាមតំណក្នុង bio។",
            "បងៗ ខ្ញុំលក់នំខួបកំណើតកុមារ រាងតុក្កតា អាចសរសេរឈ្មោះ និងអាយុកូនលើនំបាន 🎂 ឆាតមកមើលរូបគំរូ។",
            "ទូរស័ព្ទមួយទឹក iPhone 11 ប្រើស្អាត ថ្ម ៨៥%។ ចង់មើលរូបពិត ឬណាត់ជួបមើលផ្ទាល់នៅផ្សារ ឆាតតាម Telegram។",
            "ហាងយើងមានកង់កុមារ សម្រាប់អាយុ ៤ ដល់ ១០ ឆ្នាំ 🚲 មកសាកជិះផ្ទាល់បាន ឬសុំវីដេអូតាម Telegram។",
            "ឈុតកាដូជូនគ្រូ ទិវាគ្រូបង្រៀន 🌸 មានផ្កា កាត និងប្រអប់ស្ករគ្រាប់។ កុម្ម៉ង់មុនថ្ងៃទី ៣ ខ្ញុំផ្ញើរូបឈុតឲ្យមើលមុនវេចខ្ចប់។",
        ],
        en=[
            "who wants a bag? 👜 new stock just landed, can send more photos, contact on Telegram (number in pic). COD Phnom Penh.",
            "Kids' clothes 1-8 yrs, soft cotton 🧸 Tell me your child's age and height, I'll pick the size and send photos before you pay.",
            "Building blocks, recommended age 6+. Perfect birthday gift! DM for real photos and a video of the pieces.",
            "Selling phone cards all networks, $1 to $20. Card numbers sent instantly on Telegram after payment.",
            "Secret sale 🤫 for our Telegram group members only: 25% off school bags and water bottles until Sunday.",
            "Used stroller, good condition, folds flat. Can send more pics or meet at the mall so you can check it.",
            "Custom birthday cakes for kids 🎂 name and age piped on top. Message me on Telegram for the photo catalogue.",
        ],
        mixed=[
            "កាបូប new arrival 👜 ចង់មើល photo ពិតបន្ថែម inbox ឬ Telegram បាន delivery ទូទាំងប្រទេស",
            "Kids' clothes អាយុ 1-8 ឆ្នាំ ប្រាប់អាយុ + កម្ពស់កូនមក ខ្ញុំ pick size ឲ្យ ហើយ send photo មុន pay",
            "Secret sale 🤫 សម្រាប់ member group Telegram តែប៉ុណ្ណោះ កាបូបសាលា -25% ដល់ថ្ងៃអាទិត្យ",
            "Toy ឡានបញ្ជាពីចម្ងាយ សម្រាប់អាយុ 5+ 🚗 gift ខួបកំណើតល្អណាស់ ចង់មើល video ឆាតមក",
            "លក់កាតទូរស័ព្ទ all network 📱 ផ្ញើលេខកាតតាម Telegram ភ្លាម pay ABA ok",
        ],
        latn=[
            "ke na chong ban kabor? 👜 tumnenh thmey mok dol hz, ach pheu roup bonthem, chat tam telegram ban, deuk dol ptes",
            "ao kmeng ayu 1 dol 8 chnam, krornat tun, prab ayu ning kompos kon mok nhom jreus size oy hz pheu roup merl mun",
            "luk kat phone krub prapoan, pheu lek kat tam telegram plam, bong tam ABA ban",
            "kang kmeng samrab ayu 4-10 chnam 🚲 mok sak chis phtal ban ru sum video tam telegram",
            "nom khuob kom nert kmeng, dak chhmous ning ayu kon ler nom ban 🎂 chat mok merl roup kumrou",
            "iphone 11 mouy tek, saat, battery 85%. chong merl roup pit ru nat jub merl phtal nov psar, chat telegram",
            "promotion somngat 🤫 samrab tae member group telegram: sbek jerng kmeng chos 30% thngai nis ponnoh",
            "ektsanthan sala ao sor khor khiev, mean krub size. pa mak prab kompos ning ayu kon mok, nhom chuoy pan size oy",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-studio-tutor",
        neg_kind="benign",
        hard=True,
        km=[
            "ស្ទូឌីយ៉ូយើងទទួលថតរូបបញ្ចប់ការសិក្សាថ្នាក់ទី១២ 🎓 កញ្ចប់រួមមានអាវ និងការតុបតែងមុខ។ ឪពុកម្ដាយអាចចូលថតជាមួយកូនបាន។ កក់តាម Telegram។",
            "ថ្នាក់រៀនគួរគណិត និងរូបវិទ្យា សម្រាប់សិស្សថ្នាក់ទី៧ ដល់ទី៩ 📚 រៀននៅផ្ទះគ្រូ ក្រុមតូច ៨ នាក់ ម៉ោង ៥ ដល់ ៦ ល្ងាច។ ឪពុកម្ដាយអាចមកមើលថ្នាក់បានគ្រប់ពេល។",
            "មណ្ឌលថែទាំកុមារពេលថ្ងៃ ទទួលក្មេងអាយុ ១ ដល់ ៥ ឆ្នាំ។ មានកាមេរ៉ាដែលឪពុកម្ដាយអាចមើលតាមទូរស័ព្ទ ហើយយើងផ្ញើរូបសកម្មភាពរៀងរាល់ថ្ងៃក្នុងក្រុម Telegram។",
            "ថតរូបគ្រួសារ និងរូបកូនតូចខួប ១ ឆ្នាំ 📸 កញ្ចប់ ៤៥ ដុល្លារ ទទួលរូបឌីជីថលទាំងអស់តាម Telegram ក្នុង ៣ ថ្ងៃ។",
            "រៀនភាសាអង់គ្លេសជាមួយគ្រូបរទេស សម្រាប់ក្មេងអាយុ ៦ ដល់ ១២ ឆ្នាំ។ ចុះឈ្មោះមុនថ្ងៃទី ១៥ ទទួលកាបូបសាលាជាកាដូ 🎁",
            "សាលាមត្តេយ្យយើងរៀបចំថ្ងៃ 'មកមើលសាលា' នៅថ្ងៃសៅរ៍នេះ។ ម៉ាក់ប៉ាអាចមកជួបគ្រូ មើលថ្នាក់ និងសួរពីរបៀបដែលយើងថែរក្សាសុវត្ថិភាពកូនៗ។",
            "រូបថតថ្ងៃចូលរៀនដំបូងរបស់សិស្សថ្នាក់ទី១ 🥹 ឪពុកម្ដាយណាចង់បានរូបដើម សូមឆាតមកទំព័រសាលា យើងផ្ញើតាម Telegram ជូន។",
            "ទទួលបង្រៀនគួរតាមផ្ទះ ភាសាខ្មែរ និងគណិត ថ្នាក់ទី១ ដល់ទី៦ គ្រូស្រីមានបទពិសោធន៍ ៧ ឆ្នាំ។ សូមឲ្យមានម៉ាក់ ឬប៉ានៅផ្ទះពេលរៀន។",
        ],
        en=[
            "Graduation photo packages now open 🎓 gown, hood and flowers included. Parents and siblings welcome in the shoot. Book via Telegram.",
            "Math & physics tutoring for grades 7-9, small groups of 8 at my home, 5-6pm. Parents can sit in on any lesson.",
            "Daycare for ages 1-5 with CCTV parents can view on their phones. We share daily activity photos in our private Telegram group for families.",
            "Baby's first birthday photo shoot 📸 $45 package, all digital photos sent via Telegram within 3 days. Props and cake smash available.",
            "Kindergarten open day this Saturday! Meet the teachers, see the classrooms, and ask us anything about how we keep the little ones safe.",
        ],
        mixed=[
            "Graduation photoshoot 🎓 grade 12 package រួមមានអាវ + makeup parents អាចថតជាមួយបាន book តាម Telegram",
            "Daycare ទទួលក្មេង 1-5 ឆ្នាំ មាន CCTV ម៉ាក់ប៉ាមើលតាម phone បាន ផ្ញើ photo សកម្មភាពរាល់ថ្ងៃក្នុង group",
            "ថ្នាក់ English សម្រាប់ kids 6-12 ឆ្នាំ 📚 register មុនថ្ងៃ 15 ទទួល gift កាបូបសាលា 🎁",
            "Newborn & family photoshoot 📸 $45 ទទួល photo digital ទាំងអស់តាម Telegram ក្នុង 3 ថ្ងៃ",
        ],
        latn=[
            "studio yerng totuol thot roup graduation thnak ti 12 🎓 package mean ao ning makeup, pa mak chol thot jea mouy kon ban. kok tam telegram",
            "rien kour gnit ning rupvityea thnak ti 7 dol 9 nov ptes kru, krom tauch 8 nak, mong 5-6 langeach. pa mak mok merl thnak ban",
            "daycare totuol kmeng ayu 1 dol 5 chnam, mean camera, pa mak merl kon tam phone ban, pheu roup real thngai knong group telegram",
            "thot roup khuob 1 chnam kon tauch 📸 45$ totuol roup digital teang os tam telegram knong 3 thngai",
            "totuol bongrien kour tam ptes, pheasa khmer ning gnit thnak ti 1 dol 6, kru srey mean botpisaot 7 chnam. sum oy mean pa ru mak nov ptes pel rien",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-family-sport",
        neg_kind="benign",
        hard=True,
        km=[
            "ថ្ងៃនេះកូនស្រីខ្ញុំគ្រប់ ៧ ឆ្នាំហើយ 🎂 អរគុណយាយតា និងមីងៗដែលផ្ញើកាដូមក។ រូបខាងក្រោមពេលគាត់ផ្លុំទៀន 🥰",
            "ក្រុមបាល់ទាត់យុវជនអាយុក្រោម ១៤ ឆ្នាំ របស់ឃុំយើង ឈ្នះពានរង្វាន់ថ្នាក់ខេត្ត ⚽ រូបថតទាំងអស់នៅក្នុងក្រុម Telegram របស់ឪពុកម្ដាយកីឡាករ។",
            "ចុងសប្ដាហ៍ទៅលេងផ្ទះយាយនៅតាកែវ កូនៗសប្បាយណាស់ ចាប់ត្រី ជិះក្របី 😂 រូបមួយចំនួនចែកជូនបងប្អូន។",
            "ជូនដំណឹងដល់ឪពុកម្ដាយកីឡាករក្រុមបាល់បោះ U12៖ ហ្វឹកហាត់ថ្ងៃសៅរ៍ ម៉ោង ៧ ព្រឹក។ សូមជូនកូនមក និងមកទទួលវិញឲ្យទាន់ពេល។ គ្រូបង្វឹកមិនជូនក្មេងទៅផ្ទះទេ។",
            "សូមអញ្ជើញមិត្តភក្តិរបស់កូនមកជប់លៀងខួបកំណើតកូនប្រុស ៥ ឆ្នាំ ថ្ងៃអាទិត្យ ម៉ោង ៤ ល្ងាច 🎈 ម៉ាក់ប៉ាមកជាមួយក៏បាន មានម្ហូបគ្រប់គ្នា។",
            "ម្ដាយខ្ញុំទើបរៀនប្រើ Telegram 😂 ឥឡូវផ្ញើរូបចៅៗមកក្នុងក្រុមគ្រួសាររៀងរាល់ព្រឹក។ គួរឲ្យស្រលាញ់ណាស់។",
            "កូនប្រុសខ្ញុំទទួលបានមេដាយមាសក្នុងការប្រកួតហែលទឹកកុមារ អាយុ ១០-១២ ឆ្នាំ 🥇 ប៉ាម៉ាក់មោទនភាពណាស់កូន!",
            "រកឃើញរូបថតគ្រួសារចាស់ៗក្នុងទូ តាំងពីខ្ញុំអាយុ ៦ ឆ្នាំ 📷 បងប្អូនណាចាំថាថតនៅណាទេ?",
        ],
        en=[
            "Our little one turned 7 today 🎂 thank you grandma and aunties for all the gifts! Pics of her blowing out the candles below 🥰",
            "U14 football team brought home the provincial cup ⚽ All match photos are in the parents' Telegram group, ask coach for the link.",
            "Reminder for U12 basketball families: practice Saturday 7am. Please drop off and pick up on time, coaches can't drive kids home.",
            "My mum just learned Telegram and now sends photos of the grandkids every single morning 😂 not complaining",
            "Birthday party invite 🎈 Sunday 4pm for my son's 5th. Kids from his class + parents all welcome, lots of food!",
        ],
        mixed=[
            "Happy birthday កូនស្រី 7 ឆ្នាំ 🎂 អរគុណយាយតា និងមីងៗសម្រាប់ gifts ទាំងអស់ photo ពេលផ្លុំទៀននៅខាងក្រោម 🥰",
            "ក្រុម U14 ឃុំយើងឈ្នះ cup ខេត្ត ⚽🏆 photo ទាំងអស់នៅក្នុង group Telegram parents",
            "Party ខួបកំណើតកូនប្រុស 5 ឆ្នាំ Sunday 4pm 🎈 invite មិត្តរួមថ្នាក់ និង parents ទាំងអស់",
            "ម៉ាក់ខ្ញុំទើបចេះ Telegram ឥឡូវ send photo ចៅៗរាល់ព្រឹក 😂 cute ណាស់",
        ],
        latn=[
            "khuob kom nert kon srey nhom krub 7 chnam hz thngai nis 🎂 arkun yeay ta ning ming ming del pheu kado mok 🥰",
            "krom bal teak U14 khum yerng chneah pan khet ⚽ roup teang os nov knong group telegram pa mak keila kor",
            "chong sabda tov leng ptes yeay nov takeo, kon kon sabay nas, chab trey chis krobey 😂",
            "anhcherng mit kon mok party khuob kom nert kon pros 5 chnam thngai atit mong 4 langeach 🎈 pa mak mok jea mouy ka ban",
            "kon pros nhom ban medal meas prakuot hael tek kmeng ayu 10-12 chnam 🥇 pa mak motanaphap nas kon",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-lost-child",
        neg_kind="benign",
        hard=True,
        km=[
            "🚨 ក្មេងវង្វេង! ក្មេងប្រុសអាយុ ៨ ឆ្នាំ ពាក់អាវពណ៌ក្រហម បាត់ខ្លួននៅផ្សារធំថ្មី ម៉ោង ១០ ព្រឹក។ អ្នកណាឃើញ សូមទាក់ទងលេខទូរស័ព្ទក្នុងរូប។ សូមជួយ share ផង 🙏",
            "រកឃើញក្មេងស្រីតូចម្នាក់ អាយុប្រហែល ៤ ឆ្នាំ អង្គុយយំនៅមុខវត្ត។ ឥឡូវនៅប៉ុស្តិ៍នគរបាលឃុំ។ ឪពុកម្ដាយសូមមកទទួល ដោយយករូបថត ឬសំបុត្រកំណើតមកជាមួយ។",
            "អរគុណអ្នកទាំងអស់គ្នាដែលបាន share! កូនប្រុសខ្ញុំដែលបាត់ពីព្រឹកមិញ ត្រូវបានអ្នកលក់នំបញ្ចុកម្នាក់រកឃើញ ហើយនាំទៅប៉ុស្តិ៍។ ឥឡូវគាត់សុខសប្បាយនៅផ្ទះហើយ 🙏",
            "ជួយស្វែងរក៖ សិស្សស្រីថ្នាក់ទី៦ មិនបានត្រឡប់មកផ្ទះពីសាលាវិញទេតាំងពីម្សិលមិញ។ ពាក់ឯកសណ្ឋានសាលា កាបូបពណ៌ផ្កាឈូក។ មានព័ត៌មាន សូមទាក់ទងគ្រួសារ ឬនគរបាល។",
        ],
        en=[
            "MISSING CHILD 🚨 8-year-old boy in a red shirt, last seen near the night market around 8pm. Photo attached. Please call the number in the image or the nearest police post. Share!",
            "UPDATE: the little girl found outside the pagoda this morning has been reunited with her mother. Thank you to everyone who shared and to the commune police 🙏",
        ],
        mixed=[
            "🚨 Missing: ក្មេងប្រុស 8 ឆ្នាំ អាវក្រហម បាត់នៅផ្សារម៉ោង 10 ព្រឹក photo ក្នុង post សូម share ជួយផង 🙏",
        ],
        latn=[
            "kmeng vongveng! kmeng pros ayu 8 chnam pak ao krohom bat kluon nov psar thom thmey mong 10 proek. ke na khernh sum call lek knong roup, share phong 🙏",
            "rok khernh kmeng srey tauch mnak ayu prohel 4 chnam yum nov muk wat, eilov nov pos police khum. pa mak na jea m'chas sum mok totuol",
            "arkun krub knea del share! kon pros nhom del bat pi proek menh, ke rok khernh hz noam tov pos. eilov sok sabay nov ptes hz 🙏",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-parents-ask",
        neg_kind="benign",
        hard=True,
        km=[
            "សួរម៉ាក់ៗបន្តិច៖ កូនស្រីខ្ញុំ ១១ ឆ្នាំ ចង់បានទូរស័ព្ទផ្ទាល់ខ្លួន។ អាយុប៉ុន្មានទើបសមឲ្យកូនប្រើ Telegram ឬ TikTok? អ្នកណាមានបទពិសោធន៍ ជួយណែនាំផង។",
            "កូនប្រុសខ្ញុំចូលចិត្តលេង Free Fire ហើយឆាតជាមួយអ្នកលេងផ្សេងៗ។ ម៉ាក់ប៉ាៗធ្វើយ៉ាងណា ដើម្បីដឹងថាកូនឆាតជាមួយអ្នកណា ដោយមិនឲ្យកូនខឹង?",
            "មានអ្នកណាស្គាល់ថ្នាក់រៀនគួរល្អៗនៅក្បែរទួលគោកទេ សម្រាប់កូនថ្នាក់ទី៨? ចង់បានកន្លែងដែលម៉ាក់អាចអង្គុយរង់ចាំបាន។",
            "សាលាសុំរូបថតកូនទំហំ ៤x៦ ចំនួន ៤ សន្លឹក សម្រាប់ធ្វើកាតសិស្ស។ ថតនៅហាងណាល្អ ហើយថ្លៃប៉ុន្មាន?",
            "ម៉ាក់ៗ តើឲ្យកូន ១៣ ឆ្នាំទៅខួបកំណើតមិត្តភក្តិ ហើយដេកនៅផ្ទះគេមួយយប់បានទេ? ខ្ញុំស្គាល់ម្ដាយគេ តែនៅតែបារម្ភ 😅",
        ],
        en=[
            "Parents of 11-year-olds: did you let your kid have their own phone yet? What age did you allow Telegram/TikTok and what settings did you turn on?",
            "My son chats with other players in Free Fire. How do you all keep an eye on who he talks to without turning it into a fight every night?",
            "School wants 4 passport-size photos of each kid for the student ID. Any studio near Olympic market that's quick and cheap?",
            "Is 13 too young for a sleepover at a friend's house? I know the mum well but I'm still nervous lol. What do you all do?",
        ],
        mixed=[
            "សួរ parents ទាំងអស់គ្នា: កូន 11 ឆ្នាំ គួរឲ្យមាន phone ផ្ទាល់ខ្លួនហើយឬនៅ? ហើយ setting អ្វីខ្លះដែលគួរបើក?",
            "សាលាសុំ photo 4x6 របស់កូន 4 សន្លឹក សម្រាប់ student card 📸 studio ណាល្អ ហើយ price ប៉ុន្មាន?",
            "កូន 13 ឆ្នាំចង់ sleepover នៅផ្ទះមិត្ត ម៉ាក់ៗ allow ទេ? ខ្ញុំស្គាល់ម្ដាយគេ តែនៅតែបារម្ភ 😅",
        ],
        latn=[
            "sour mak mak bontech: kon srey nhom 11 chnam chong ban phone phtal kluon. ayu ponman tov del kuo oy kon prer telegram ru tiktok?",
            "kon pros knhom chol chet leng free fire hz chat jea mouy neak leng phsaeng. pa mak na mean vithi deng tha kon chat jea neak na ot oy kon khoeng?",
            "neak na skal thnak rien kour l'a l'a jit toul kork te? samrab kon thnak ti 8, chong ban kanlaeng del mak ach angkuy cham ban",
            "sala sum roup kon 4x6 buon son lek samrab twer kat sis. thot nov hang na l'a, tlai ponman?",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-parent-complaint",
        neg_kind="complaint",
        km=[
            "ហាងអនឡាញនេះផ្ញើរូបអាវកុមារស្អាតណាស់ ដល់ពេលទទួលបាន ទំហំខុស ពណ៌ក៏ខុស ឆាតទៅ Telegram វិញ គេ block ខ្ញុំចោល 😤 ប្រយ័ត្នណា!",
            "សាលាអីក៏សុំលុយថតរូបរៀងរាល់ខែ? រូបថតថ្ងៃបុណ្យ រូបថតបញ្ចប់ឆ្នាំ រូបថតកាតសិស្ស... ឪពុកម្ដាយក្រីក្រមិនអាចបង់រហូតទេ។",
            "ខ្ញុំរាយការណ៍គណនីដែលផ្ញើសារចម្លែកដល់កូនខ្ញុំ ៣ ដងហើយ តែ Facebook នៅតែមិនបិទ។ ប្រព័ន្ធរាយការណ៍យឺតពេកហើយ! 😡",
            "ហាងហ្គេមក្បែរសាលាបើកដល់ម៉ោង ១១ យប់ ក្មេងៗអង្គុយលេងពេញ។ ប្ដឹងទៅមេភូមិច្រើនដងហើយ មិនឃើញមានអ្នកណាមកពិនិត្យសោះ។",
        ],
        en=[
            "Ordered a kids' dress from a Telegram shop, the photos looked great, what arrived was two sizes smaller and a different colour. Now they've blocked me. Avoid!",
            "Why does the school keep charging us for photos? Festival photos, end-of-year photos, ID photos... not every family can pay this every month.",
            "Reported an account that kept messaging my daughter three times and it's STILL up. What's the point of the report button? 😡",
        ],
        mixed=[
            "Order សម្លៀកបំពាក់កូនពី shop Telegram photo ស្អាតណាស់ ដល់មកដល់ size តូចជាងពីរលេខ ឆាតទៅ គេ block ខ្ញុំ 😤 ប្រយ័ត្នណាម៉ាក់ៗ",
            "Report account ដែល message កូនខ្ញុំ 3 ដងហើយ នៅតែមិនបិទ 😡 report button មានប្រយោជន៍អី?",
        ],
        latn=[
            "sala ey ka sum lui thot roup real khae? roup thngai bon, roup bonchob chnam, roup kat sis... pa mak kro ot ach bong rohot te",
            "hang game jit sala bok dol mong 11 yub, kmeng angkuy leng penh. pdeng tov me phum chreun dong hz, ot khernh mean neak na mok pinit sos",
            "order ao kon pi shop telegram, roup saat nas, dol mok dol size tauch jeang 2 lek, chat tov ke block chol 😤 brayat na mak mak",
        ],
    )
)

THEMES.append(
    _posts(
        "w3c-neg-adult-flirt",
        neg_kind="banter",
        km=[
            "ប្រពន្ធសម្លាញ់ 😘 យប់នេះបងមានកាដូសម្ងាត់ឲ្យ តែត្រូវរង់ចាំក្រោយកូនដេកលក់សិន 🎁",
            "អាយុ ៣០ ហើយនៅលីវ 😂 ម៉ាក់ចេះតែសួរ។ អ្នកណាចង់ណាត់ញ៉ាំកាហ្វេ ឆាត Telegram មក ខ្ញុំមិនខាំទេ 🤭",
            "បងប្រុសផ្នែកគណនេយ្យ ញញឹមស្អាតណាស់ 😳 ខ្ញុំហ៊ានសុំ Telegram គាត់ទេ? មិត្តៗជួយគិតផង",
            "ប្ដីខ្ញុំលួចទុកសំបុត្រដំណើរទៅកែប ជាកាដូខួបអាពាហ៍ពិពាហ៍ ១០ ឆ្នាំ 🥹 ជារឿងសម្ងាត់ដែលល្អបំផុតក្នុងឆ្នាំនេះ",
            "ជួបគ្នាលើកដំបូងនៅពិធីមង្គលការមិត្ត ឥឡូវឆាតគ្នារាល់យប់ 😍 អាយុ ២៦ ដូចគ្នាទៀត។ ព្រេងសំណាងមែនទេ?",
            "ផ្ញើរូបសែលហ្វីមកបងមួយមក ប្រពន្ធបង 😍 នឹកណាស់ ធ្វើការឆ្ងាយផ្ទះ ២ ខែហើយ ថ្ងៃសុក្រជួបគ្នា",
        ],
        en=[
            "ok who's single and over 25 in this group 😂 coffee this weekend? slide into my Telegram, I promise I'm nicer than my profile pic",
            "My husband planned a secret trip to Kep for our 10th anniversary 🥹 best gift ever, he even hid the tickets in my makeup bag",
            "Been away for work two months, babe send me a selfie, I miss your face 😍 see you Friday",
            "Met him at my cousin's wedding, we're both 27, we've texted every night since. Meeting for dinner Saturday 👀 wish me luck girls",
        ],
        mixed=[
            "ប្រពន្ធសម្លាញ់ send selfie មកបងមួយ miss you ណាស់ 😍 ធ្វើការនៅឆ្ងាយ 2 ខែហើយ see you Friday",
            "Single ហើយ age 30 😂 អ្នកណាចង់ date ញ៉ាំកាហ្វេ weekend នេះ inbox Telegram មក",
        ],
        latn=[
            "bong pros pnaek kanonenyuk nhonhim saat nas 😳 nhom hean sum telegram kat te? mit mit chuoy kit phong",
            "pdey nhom luoch tuk sombot tov kep jea kado khuob apea pipea 10 chnam 🥹 secret l'a bamphot knong chnam nis",
            "ayu 30 hz nov liv 😂 mak jes tae sour. neak na chong nat nham cafe chat telegram mok, nhom ot kham te 🤭",
            "jub knea lerk dombong nov kar mit, eilov chat knea real yub 😍 ayu 26 doch knea tiet, preng samnang men te?",
        ],
    )
)

# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Harassment and threats against their hard negatives, written wide (stratum "wide2").

Positives: insults aimed at one person (body, skin, poverty, accent, disability, slut-shaming
without sexual detail), threats to expose chats or photos, doxxing, pile-ons, persistent messages,
and threats (veiled, beating, acid, arson, creditors, against reporters), alone or with harassment.
Hard negatives: friends' and gamers' trash talk, complaints about companies, harsh criticism of
officials, news of harassment cases, anti-bullying campaigns, and neutral posts about weight, skin
and debts. All people and organisations are invented; officials are named only by role."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide2"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives: harassment
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-harass-body",
        abuse=("harassment",),
        km=[
            "មីខ្មៅនេះហ៊ានបង្ហោះរូបពាក់មកុដទៀត 😂 ខ្មៅដូចធ្យូងដុត លាបក្រែមប៉ុន្មានកំប៉ុងក៏មិនស។",
            "@ស្រីពៅ ឯងធាត់ម្ល៉េះ ពាក់ខោខ្លីចេញមុខគេ មិនខ្មាសគេទេឬ? អង្គុយម្ដងៗ កៅអីស្ទើរបាក់។",
            "មើលមុខអាណារិទ្ធ មុនពេញមុខដូចផ្ទៃព្រះចន្ទ ហើយនៅតែថតសែលហ្វីរៀងរាល់ថ្ងៃ។ ឈប់បំពុលភ្នែកគេទៅ។",
            "អាតឿនោះ ឈរក្បែរម៉ូតូ មើលមិនឃើញក្បាលផង 🤣 ចង់ធ្វើប៉ូលិសចរាចរ? ឡានមើលមិនឃើញឯងទេ។",
            "ស្រីក្នុងវីដេអូនេះ ធ្មេញចេញមុខដូចកណ្ដុរ ហាមាត់ម្ដងៗ ភ័យគេ។ បិទមាត់ពេលច្រៀងផងទៅ។",
            "អ្នកលក់ Live ម្នាក់នេះ ពោះធំដូចមានកូនប្រាំបួនខែ ហើយលក់ខោអាវស្ដើងៗ។ ខ្លួនឯងពាក់មិនចូលផង លក់ឲ្យអ្នកណា?",
            "មីស្គមនៅតុក្រោយគេ ដៃជើងដូចឈើចង្កឹះ ខ្យល់បក់បន្តិចហើរបាត់ហើយ 😂 ម៉ែឪឯងមិនឲ្យបាយស៊ីទេឬ?",
            "បងកុសល ឯងទំពែកដល់កណ្ដាលក្បាលហើយ នៅតែឆាតរកកូនក្រមុំ? គ្មានស្រីណាចង់បានតាចាស់ក្បាលរលីងដូចឯងទេ មើលកញ្ចក់ខ្លួនឯងសិនទៅ។",
            "ក្រោម post អាពិសិដ្ឋ៖ ជើងកោងដូចក្ដាម ដើរម្ដងៗដូចខ្យងវារ ហើយចង់ធ្វើម៉ូដែល? កុំបង្អាប់ខ្លួនឯងពេក។",
            "ប្ដីចាស់ខ្ញុំលែងខ្ញុំ ដើម្បីយកមីតឿធាត់ខ្មៅមុខមុនៗមួយនេះ? មើលរូបវាហើយ ខ្មាសគេជំនួសគាត់។",
        ],
        en=[
            "@Dara bro you're like 30kg overweight, nobody wants to see you shirtless at the pool. do everyone a favour and keep the shirt on",
            "The girl in this video has skin darker than a frying pan and she's promoting whitening cream 💀 ma'am the product clearly doesn't work",
            "Imagine being 150cm and calling yourself a model. Sreymom you need a ladder to reach the camera lol",
            "Whoever does this seller's makeup, please stop. Her acne shows through three layers of foundation. Disgusting to watch while eating.",
            "That cashier on the 2nd floor has the biggest nose I've ever seen, like a mango stuck to her face. Everyone go have a look 😂",
            "Sokha you used to be pretty before you got fat. Now you look older than your mum. Just saying what everyone's thinking.",
            "no offense but with a face like that you should turn the camera off. the filter isn't hiding anything sweetie",
        ],
        mixed=[
            "Girl ក្នុង video នេះ ខ្មៅដូចធ្យូង ហើយ review whitening cream ទៀត 😂 product មិន work ទេបង",
            "@វិសាល ឯង overweight ណាស់ហើយ ដោះអាវនៅ pool ធ្វើអី? អ្នកណាចង់មើល 🤢",
            "Seller ម្នាក់នេះ មុនពេញមុខ makeup បីជាន់ក៏មិនបាំង កំពុងញ៉ាំបាយបាត់ appetite អស់",
            "Model អី 150cm 😂 អាតឿ ត្រូវការជណ្ដើរទើបដល់ camera",
        ],
        latn=[
            "mi khmao nis hean post roup pak mkot tiet 😂 khmao dauch thyung, lab cream ponman kompong ka ot sor",
            "@bopha eng thot mles pak kho klei chenh muk ke ot khmas te? ong kouy mdong kao ei sterng bak",
            "a teu nuh chor kbae moto merl min khernh kbal pong 🤣 jg tver police? lan merl ot khernh eng te",
            "srey knong video nih tmenh chenh dauch kondol, ha mot mdong phey ke. bet mot pel chrieng pong",
            "muk a narith mun pinh muk dauch preah chan, nov tae thot selfie reang real thngai. chob bompul pnek ke tov",
            "bang kosal ng tompeak dol kondal kbal hoy, nov tae chat rok kon kromom? kmean srey na jg ban ta chas dauch ng te",
            "mi skom nov tok kroy, dai cheung dauch cheu chongkes, kyol bok bontech her bat 😂 mae ov ng at oy bay si tey",
        ],
    )
)

THEMES.append(
    _posts(
        "wh-harass-poor-accent-disability",
        abuse=("harassment",),
        km=[
            "មីនេះកូនអ្នកស៊ីឈ្នួលបេះកាហ្វេ តែធ្វើជាពាក់នាឡិកា Rolex ក្លែងក្លាយ។ ក្រហើយចង់ក្អេងក្អាង គួរឲ្យអាណិតណាស់។",
            "ស្ដាប់អាសុភាពនិយាយមើល 'ត្រី' ថា 'ទី' 'ឡាន' ថា 'ទាន' ហើយចង់ធ្វើអ្នកអានព័ត៌មាន? ត្រឡប់ទៅស្ទូងស្រូវវិញទៅ។",
            "អាខ្វាក់ម្ខាងនៅហាងបាយមុខផ្ទះ ចាក់ទឹកខុសកែវរហូត។ ល្ងង់ហើយពិការទៀត ជួលវាធ្វើអី?",
            "ស្រីតំណាងលក់ឈ្មោះរតនា ប្ដូរសង្សាររៀងរាល់ខែ។ ស្រីដូចវាមិនគួរមានមុខមាត់ក្នុងភូមិទេ។ ចែកទៅឲ្យម្ដាយក្មេកអនាគតវាដឹងផង។",
            "ផ្ទះដូចទ្រុងមាន់ ជិះម៉ូតូចាស់ឆ្នាំ ៩៨ ហើយហ៊ានមកដណ្ដឹងកូនស្រីមេភូមិ? អាក្រគ្មានខ្មាស ទៅរកលុយឲ្យបានសិនទៅ។",
            "អ្នកគ្រូភាសាអង់គ្លេសថ្មី និយាយស្ដាប់មិនយល់មួយម៉ាត់។ សិស្សសើចគ្រប់ម៉ោង ហើយគាត់នៅតែមុខក្រាស់មកបង្រៀន។ ល្ងង់ម្ល៉េះ ឈប់ទៅ។",
            "មីស្រីខូចនេះ យប់ណាក៏ឃើញអង្គុយ KTV ជាមួយប្រុសផ្សេងៗ។ ប្ដីវាធ្វើការនៅថៃ មិនដឹងទេ។ tag ប្ដីវាចូលមកមើលទៅ។",
            "អាកឹកនោះ និយាយមួយឃ្លាប្រើពេលប្រាំនាទី ក-ក-ក 😂 កុំឲ្យវាឡើងថ្លែងក្នុងពិធីបញ្ចប់ការសិក្សាទៀតណា អាម៉ាស់ថ្នាក់យើង។",
            "កូនស្រីមីឡាងលក់នំបញ្ចុក ខ្ចីអាវគេពាក់ទៅកម្មវិធីខួប ហើយថតរូបធ្វើជាអ្នកមាន។ មុខក្រ ពាក់អាវអីក៏នៅតែក្រ។",
            "អាជើងខ្វិនមុខផ្សារ អង្គុយសុំទានរាល់ព្រឹក។ ពិការស៊ីអាចម៍ ខ្ជិលធ្វើការ ធ្វើឲ្យផ្សារយើងកខ្វក់ ដេញវាចេញទៅ។",
        ],
        en=[
            "Listen to Sophal's English in this clip 😂 'tank you tee-cha'. And he wants to be a tour guide? Go back to herding buffalo.",
            "Her family lives in a tin shack by the railway and she's posting iPhone unboxings. Whose phone did you borrow, girl? Poor AND fake.",
            "Why is the one-armed guy from the moto repair shop trying to do TikTok dances? Sit down, nobody wants to see that.",
            "Everyone in this village knows about Chenda. New boyfriend every month, coming home at 3am. Her future in-laws deserve to know what kind of girl she is.",
            "The new intern stutters so bad it takes him a full minute to say good morning. HR hired a broken record lol",
            "my neighbour's son is 'special' and walks up and down mumbling all day. somebody lock that retard inside, he's embarrassing the whole street",
            "Dearest Malis, a borrowed dress doesn't make you rich. We all know your mum's rice stall. Stay in your lane.",
        ],
        mixed=[
            "Tour guide អី និយាយ English 'tank you' 😂 អាស្រែ ត្រឡប់ទៅឃ្វាលគោវិញទៅ",
            "មីចិន្ដា ប្ដូរ boyfriend រៀងរាល់ខែ 🙄 ស្រីខូចដូចវា tag ម្ដាយក្មេកវាមើលទៅ",
            "Intern ថ្មីកឹកៗ say good morning ប្រើពេលមួយនាទី 😂 HR recruit មកពីណា",
            "ផ្ទះស័ង្កសីក្បែរផ្លូវរថភ្លើង តែ post unbox iPhone 🙄 ខ្ចីគេមែនទេ? ក្រហើយ fake ទៀត",
        ],
        latn=[
            "stab a sophea niyeay merl, 'trey' tha 'tey', jg tver neak an pordamean? trolob tov stoung srov vinh tov",
            "mi nis kon neak si chhnoul bes kafe, tae pak neaka rolex kleng. kro hz jg kangkang, kuor oy anet nas",
            "srey neak luk chhmous rothana dor sangsa real khae. srey dauch vea ot kuor men muk mot knong phum te. share oy mday kmek vea deng pong",
            "a khvak mneang nov hang bay muk ptes, chak tek khos kaev rohot. lngong hz pikar tiet, chhnoul vea tver ey",
            "a keuk nuh niyeay mouy khlea prer pel 5 neati 😂 kom oy vea laeng tlaeng knong pithi tiet na, a mas thnak yeung",
            "ptes dauch trung moan, chis moto chas, hoy hean mok dondoeng kon srey mei phum? a kro kmean khmas, rok luy oy ban sen tov",
            "mi srey khouch nih yub na ka khernh ong kouy KTV jea mouy pros pseng pseng. pdey vea tver kar nov thai ot deng. tag pdey vea mok merl tov",
        ],
    )
)

THEMES.append(
    _posts(
        "wh-harass-expose-dox-pile",
        abuse=("harassment",),
        km=[
            "ឯងនិយាយដើមខ្ញុំក្នុងក្រុមម្ដងទៀតមើល ខ្ញុំនឹងបង្ហោះរូបថតអេក្រង់ឆាតទាំងអស់ ដែលឯងជេរថៅកែ។ មើលថាឯងនៅធ្វើការបានប៉ុន្មានថ្ងៃ។",
            "នេះជាលេខទូរស័ព្ទ និងទីតាំងហាងមីសុគន្ធា ដែលលក់ក្រែមក្លែងក្លាយ៖ ០៩៩ ១២៣ ៤៥៦ ផ្ទះលេខ ២១ ផ្លូវ ១៥៥។ បងប្អូនតេទៅជេរវាឲ្យអស់ចិត្តទៅ។",
            "អ្នកទាំងអស់គ្នា ជួយគ្នា report គណនីមីនេះឲ្យបិទ! វាជាស្រីសំរាម បង្ហោះអីក៏គួរឲ្យចង្អោរ។ ម្នាក់ម្ដង ល្ងាចនេះបិទហើយ។",
            "ខ្ញុំដឹងរឿងឯងនៅខេត្តមុន ហើយខ្ញុំមានរូប។ បើឯងនៅតែធ្វើមុខធំក្នុងការិយាល័យ ខ្ញុំនឹងផ្ញើទៅក្រុមឆាតបុគ្គលិកទាំងអស់។",
            "ស្គាល់ស្រីក្នុងវីដេអូនេះទេ? វារៀនឆ្នាំទីពីរនៅសាកលវិទ្យាល័យមួយនៅទួលគោក។ អ្នកណាស្គាល់ ផ្ញើហ្វេសប៊ុកវាមកខ្ញុំ យើងទៅសរសេរមតិឲ្យវាឈប់ហ៊ានចេញមុខ។",
            "បងប្អូនជួយសរសេរមតិឲ្យបានមួយពាន់ក្រោមរូបមីនេះ ថាវាជាចោរ។ ហ៊ានប្ដឹងម៉ាក់ខ្ញុំទៅប៉ូលិស ឥឡូវឲ្យវាដឹងរសជាតិខ្លះ។",
            "ខ្ញុំនៅរក្សាទុកសារជាសំឡេងដែលឯងយំអង្វរខ្ញុំ។ ស្អែកខួបកំណើតឯង ខ្ញុំនឹងចាក់ឲ្យមិត្តឯងទាំងអស់ស្ដាប់ ទុកជាកាដូ 🙂",
            "គណនីនេះជារបស់អ្នកគ្រូដែលដាក់ពិន្ទុកូនខ្ញុំទាប។ ផ្ទះគាត់នៅក្បែរវត្ត ជិះម៉ូតូពណ៌ស។ ឪពុកម្ដាយណាយល់ស្របជាមួយខ្ញុំ ជួយចែកបន្ត ហើយទៅប្រាប់គាត់ផ្ទាល់ផង។",
            "មីនេះហើយ ដែលលួចប្ដីគេ។ ខ្ញុំដាក់រូប និងកន្លែងធ្វើការវាខាងក្រោម។ ស្រីៗទាំងអស់ចែកឲ្យពេញហ្វេសប៊ុក ឲ្យវាគ្មានកន្លែងលាក់មុខ។",
            "អាមុខក្រាស់នេះ ខ្ចីលុយខ្ញុំហើយប្លុកខ្ញុំចោល។ រូបអត្តសញ្ញាណប័ណ្ណវានៅខាងក្រោម អ្នកណាឃើញវា ស្ដោះទឹកមាត់ដាក់មុខវាជំនួសខ្ញុំផង។",
        ],
        en=[
            "Keep talking about me in the group chat and I'll drop every screenshot of you trashing the boss. Let's see how long you keep that job.",
            "This is the girl who got my cousin fired. Her IG is sreyly.xx and she works at the phone shop on Street 271. You know what to do 👇",
            "MASS REPORT her account. Flood her comments. She cried on live yesterday so it's clearly working, keep going until she deletes.",
            "I saved the voice messages where you begged me to come back. Your birthday's Saturday right? Maybe your friends would enjoy a little playlist 🙂",
            "Found the guy who left a 1-star review on my mum's shop. Full name, workplace and his wife's Facebook are in the comments. Make him regret it.",
            "Dear Mr. Vuthy from the 3rd floor: I have the photos from the staff party. Either you stop reporting my overtime or HR gets a very interesting email.",
            "whoever knows the girl from the viral noodle video, tag her. let's all tell her what we think of her. she deserves every comment",
        ],
        mixed=[
            "និយាយដើមខ្ញុំក្នុង group chat ទៀតមើល ខ្ញុំ drop screenshot ទាំងអស់ដែលឯងជេរ boss 🙂 job ឯងនៅបានប៉ុន្មានថ្ងៃ",
            "Mass report account មីនេះ!! flood comment វារហូតដល់វា delete 😤 ម្សិលមិញវាយំលើ live ហើយ keep going",
            "Comment ១០០០ ក្រោមរូបមីនេះថាវាជាចោរ 😡 ហ៊ានប្ដឹងម៉ាក់ខ្ញុំទៅប៉ូលិស ឥឡូវឲ្យវាដឹងរសជាតិ",
            "អ្នកណាស្គាល់ girl ក្នុង viral video នេះ tag វាមក 👇 IG វា sreyly.xx ធ្វើការហាងទូរស័ព្ទផ្លូវ ២៧១",
        ],
        latn=[
            "eng niyeay derm knhom knong group tiet merl, knhom post screenshot chat eng teang os del eng chher thaokae. merl tha ng tver kar ban ponman thngai",
            "nis lek tel nerng ptes mi sokunthea del luk cream kleng, ptes lek 21 phlov 155. bong oun tel tov chher vea oy os chet tov",
            "neak teang os kna juy report account mi nis oy bet! vea jea srey somram, post ey ka kuor oy chong aor",
            "knhom nov tuk voice del ng yum ongvor knhom. saek khuob kom nert ng, knhom nung chak oy mit ng teang os stab, tuk jea kado 🙂",
            "mi nis hz del luoch pdey ke. knhom dak roup nerng kon leng tver kar vea khang krom. srey srey share oy penh fb oy vea kmean kon leng leak muk",
            "skal srey knong video nis te? vea rien chnam ti 2 nov sakal tuol kork. neak na skal pheu fb vea mok knhom, yeung tov comment oy vea chob hean chenh muk",
            "account nih jea robos neak krou del dak pindu kon knhom tiep. ptes kot nov kbae wat, jis moto por sor. aupuk mday na yol srob share bontor pong",
        ],
    )
)

THEMES.append(
    _posts(
        "wh-harass-messages-people",
        abuse=("harassment",),
        km=[
            "ស្រីស្អាត ហេតុអីមិនឆ្លើយបង? បងឃើញអូនសកម្មមួយនាទីមុន។ ផ្ញើរូបមួយមកមើល ឬចង់ឲ្យបងទៅចាំមុខកន្លែងធ្វើការអូនម្ដងទៀត?",
            "អូនអានហើយមិនឆ្លើយទៀតហើយ។ បងផ្ញើសារមក ៤០ ហើយថ្ងៃនេះ។ អូនគិតថាខ្លួនឯងស្អាតណាស់មែនទេ? ស្រីដូចអូន បងរកបានមួយផ្សារ។",
            "បងឃើញអូនដើរចេញពីហាងកាហ្វេម៉ោង ៥ ល្ងាចមិញ ពាក់អាវពណ៌ខៀវ។ ស្អាតណាស់។ ហេតុអីមិនព្រមទទួលបងជាមិត្ត?",
            "អាប្រធានផ្នែកនោះ ល្ងង់ដូចគោ តែចេះតែបញ្ជាគេ។ ប្រជុំម្ដងៗ និយាយតែរឿងឆ្កួតៗ។ អាឆ្កែក្បាលទទេ។",
            "អ្នកជិតខាងផ្ទះលេខ ១២ មីចាស់មាត់ច្រើន ចេះតែដើរនិយាយដើមគេ។ មីឆ្កែញីនេះ ថ្ងៃណាវាចាកចេញ ភូមិយើងស្ងប់ហើយ។",
            "ឆ្លើយទៅអ្នកលក់៖ មីឆបោក ឯងយកលុយខ្ញុំហើយផ្ញើអាវរហែកមក។ មុខដូចស្វា ចិត្តដូចចោរ។ ស៊ីអាចម៍ទៅ។",
            "ប្ដីចាស់ខ្ញុំនេះ អាកំសាកគ្មានការងារ ស៊ីលុយម្ដាយរហូតដល់អាយុ ៣៥។ ស្រីៗប្រយ័ត្នណា វាកំពុងរកអ្នកចិញ្ចឹមថ្មី។",
            "លោកគ្រូគណិតវិទ្យាថ្នាក់ ១១ក មុខដូចអាចម៍ក្រៀម ចិត្តអាក្រក់ដូចអារក្ស។ សិស្សទាំងអស់ស្អប់គាត់ ហេតុអីមិនទាន់ចូលនិវត្តន៍ទៀត?",
            "ឆ្លើយបងមក។ បងមិនឈប់ទេ។ ប្លុកលេខនេះ បងនៅមានលេខប្រាំទៀត។ អូនមិនអាចគេចពីបងបានទេ។",
            "ប្រពន្ធមិត្តរួមការងារខ្ញុំ ចូលមកការិយាល័យម្ដងៗ ស្លៀកពាក់ដូចស្រីបារ។ មិនខ្មាសទេឬ? ប្ដីវាក៏ល្ងង់ដែរ ទុកឲ្យប្រពន្ធដើរបែបនេះ។",
        ],
        en=[
            "Hey beautiful. Why don't you reply? I know you're online, the green dot's been on for an hour. Just send one pic, it's not a big deal.",
            "Waited outside your building again tonight. You walked right past me. Don't pretend you didn't see me, Leakena. I'll be there tomorrow too.",
            "Message 58: you really think you're too good for me? You're not even that pretty. Answer me.",
            "Our team lead is a brainless cow who takes credit for everything. Sothea, if you're reading this, everyone laughs at you behind your back.",
            "The auntie next door is a nosy old witch. Lady, mind your own business or crawl back into whatever hole you came from.",
            "To the seller: you're a lying pig with a face to match. Everyone look at this scammer's profile pic 🐷",
            "My ex is a broke loser who still lives off his mum at 35. Ladies, he's on Tinder again, swipe left on the parasite.",
            "Teacher Mony is the ugliest, dumbest person in this school and she knows it. That's why she takes it out on us.",
        ],
        mixed=[
            "Hey beautiful ហេតុអីមិន reply? បងដឹងអូន online 🟢 ផ្ញើ pic មួយមក មិនអីទេ",
            "Team lead យើង ល្ងង់ដូចគោ take credit គ្រប់យ៉ាង 🐄 អាឆ្កែក្បាលទទេ",
            "បងចាំមុខ building អូនទៀតហើយយប់នេះ 🙂 អូនដើរកាត់មុខបង don't pretend អូនមិនឃើញ ស្អែកបងមកទៀត",
            "Seller មីឆបោក មុខដូចជ្រូក 🐷 everyone មើល profile pic វាទៅ",
            "Ex ខ្ញុំ broke loser ស៊ីលុយម៉ែរហូតអាយុ ៣៥ 🤡 girls ប្រយ័ត្ន វានៅលើ Tinder ទៀតហើយ",
        ],
        latn=[
            "oun srey saat, hetey min chlery bong? bong khernh oun online 1 neati mun. pheu roup mouy mok merl",
            "own read hz min chlery tiet. bong pheu 40 sa hz thngai nis. own kit tha kluon eng saat nas men te? srey dauch own bong rok ban mouy psar",
            "khnhom khernh oun der chenh pi hang kafe mong 5 lngiach mernh, pak av por khiev. saat nas. hetey min accept friend bong?",
            "a protean phnaek nuh lngong dauch ko, tae chesh tae banchea ke. a chkae kbal tetae",
            "neak jit khang ptes lek 12 mi chas mot chroen, chesh tae der niyeay derm ke. mi chkae nhi nis thngai na vea chenh, phum yeung sngob hz",
            "mi chhbok, ng yok luy knhom hz pheu av rohaek mok. muk dauch sva chet dauch chor. si ach tov",
            "pdey chas knhom nis a komsak kmean kar ngear, si luy mday rohot dol ayu 35. srey srey prayat na vea kompung rok neak chenhchem thmey",
            "lok krou kunitvityea thnak 11A muk dauch ach kriem, chet akrok dauch arak. hetey ot torn chol nivot tiet?",
        ],
    )
)

THEMES.append(
    _posts(
        "wh-harass-sarcasm-insults",
        abuse=("harassment",),
        km=[
            "អបអរសាទរ អ្នកស្រីលីដា ដែលប្រឡងធ្លាក់ជាលើកទីបី 👏 ចិត្តស៊ូណាស់ គ្រាន់តែខួរក្បាលមិនព្រមស៊ូជាមួយ។",
            "រូបនេះស្អាតណាស់បងស្រី សូម្បីម៉ាក់បងក៏មិនស្គាល់បង 😇 ប្រើកម្មវិធីកែរូបមួយណា? ប្រាប់ខ្ញុំផង។",
            "អាល្ងង់វណ្ណៈ បើកឡានថយក្រោយបុកជញ្ជាំងផ្ទះខ្ញុំពីរដងក្នុងមួយខែ។ ប្រាកដជាបានប័ណ្ណបើកបរពីកញ្ចប់នំ។",
            "មើលមីណាវីលក់បាយ ធ្វើជាស្លូត តែនៅក្រោយខ្នងជេរអតិថិជនសព្វមាត់។ មីពស់ពីរក្បាល ស៊ីអាចម៍។",
            "គួរឲ្យសរសើរមែន ធ្វើការ ១០ ឆ្នាំនៅតែជាបុគ្គលិកថ្មីថ្មោង 👏 បងតារា ពិតជាមានទេពកោសល្យក្នុងការមិនរីកចម្រើន។",
            "អាចង្រៃមុខខ្មោចនេះ ចូលមកឈររំខានមុខហាងខ្ញុំរាល់ថ្ងៃ។ ទៅឲ្យឆ្ងាយ អាឆ្កែវង្វេងផ្ទះ។",
            "ប្រាប់ការពិតណាបងស្រី៖ ច្រៀងបែបនេះ កុំប្រកាសទៀត។ ឆ្កែភូមិខ្ញុំលូហើយរត់ចូលព្រៃអស់ហើយ 🙏",
            "កូនប្រសាស្រីពូសំ ល្ងង់ខ្លៅ ហើយធ្វើជាឡើងមុខក្នុងពិធីបុណ្យ។ គ្រួសារនោះរើសកូនប្រសាពីកន្លែងណាមក?",
        ],
        en=[
            "Congrats to Lida on failing the bar exam for the third time 👏 so much determination, shame the brain didn't come along",
            "Wow Ratha, 10 years at the company and still a junior. Truly talented at not improving. Inspiring 🙃",
            "Sis, a tip: if your own dog runs away when you sing, maybe stop posting covers. Just a thought 🙏",
            "Such a brave outfit for someone your size, Channy. Really, the confidence. I could never 😇",
            "Oh look, Dara's back with another 'business idea'. How did the last three go? Right, mummy paid off the debts. Genius.",
        ],
        mixed=[
            "Congrats មីលីដា ប្រឡងធ្លាក់លើកទី ៣ 👏 determination ខ្លាំងណាស់ តែខួរក្បាលមិនព្រមមកតាម 🧠❌",
            "Outfit brave ណាស់សម្រាប់ size ប៉ុណ្ណឹង 😇 confidence ១០០% ខ្ញុំមិនហ៊ានទេ",
            "អាចង្រៃ ឈររំខានមុខហាងខ្ញុំ everyday 😤 go away អាឆ្កែវង្វេង",
            "១០ ឆ្នាំនៅ company នៅតែ junior 👏 បងរដ្ឋា talent ណាស់ in not improving",
        ],
        latn=[
            "a lngong vannak bark lan thoy kroy bok chonchang ptes knhom 2 dong knong 1 khae. license ban pi kanhchob nom men",
            "mi navy luk bay tver jea slot, tae kroy khnorng chher customer sop mot. mi pos pi kbal, si ach",
            "a chongrai muk khmoch nis chol mok chor romkhan muk hang knhom real thngai. tov oy chhngay a chkae vongveng",
            "abaorsaotor mi lida brolong thleak lerk ti 3 👏 chet su nas, chea tae khour kbal min prom su",
            "bong srey chrieng baeb nis kom post tiet ban te. chkae phum knhom lou hz rot chol prey os 🙏🤣",
            "a teu mot chroen nuh, kompos dol chongkes knhom, tae niyeay dauch kluon chea mei. lngong ka lngong, teab ka teab",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: threats, alone and with harassment
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-threat",
        abuse=("threat",),
        km=[
            "ឯងនៅតែចុះផ្សាយរឿងដីនោះទៀតមែនទេ អ្នកកាសែត? ម៉ូតូឯងចតនៅមុខផ្ទះរាល់យប់ ហើយប្រេងសាំងឆេះលឿនណាស់។",
            "ខែនេះជាខែចុងក្រោយហើយ។ បើការប្រាក់មិនទាន់ដល់ដៃខ្ញុំថ្ងៃទី ៥ ក្មេងៗខ្ញុំនឹងទៅលេងផ្ទះឯង ហើយពួកវាមិនចេះនិយាយស្រួលដូចខ្ញុំទេ។",
            "ស្រីក្បត់ចិត្ត ឯងនឹងស្ដាយក្រោយ។ ថ្ងៃណាមួយមុខស្អាតឯងនឹងគ្មានអ្នកណាស្គាល់ទៀតទេ ចាំមើលចុះ។",
            "អាវាសនា ឯងវាយប្អូនខ្ញុំនៅហាងស្រាយប់មិញ។ ខ្ញុំដឹងថាឯងធ្វើការវេនយប់នៅរោងចក្រ។ ចេញពីវេនស្អែក កុំដើរតែម្នាក់ឯងណា។",
            "ប្រាប់ម្ចាស់ហាងលក់ទូរស័ព្ទក្បែរស្ពាន ថាបើមិនដកពាក្យប្ដឹងទេ ហាងនោះនឹងក្លាយជាផេះក្នុងមួយយប់។",
            "កូនស្រីឯងពាក់ឯកសណ្ឋានសខៀវ ចេញពីសាលាម៉ោង ១១ ជិះកង់ពណ៌ផ្កាឈូក។ គួរឲ្យស្រឡាញ់ណាស់។ ឈប់ធ្វើជាសាក្សីទៅ បើស្រឡាញ់វា។",
            "ឯងប្ដូរលេខ ប្ដូរផ្ទះប៉ុន្មានដងក៏អត់ប្រយោជន៍។ ខ្ញុំមានមនុស្សនៅគ្រប់ខេត្ត។ ថ្ងៃណាជួបមុខ ឯងនឹងដើរមិនរួចទេ។",
            "អាមេក្រុមដែលនាំកម្មករធ្វើកូដកម្ម ត្រូវដឹងថាខ្លួនមនុស្សមានឆ្អឹងច្រើនណាស់ ហើយឆ្អឹងនីមួយៗអាចបាក់បាន។",
            "សរសេរថាម្ហូបហាងខ្ញុំមិនឆ្ងាញ់ទៀតមើល។ ខ្ញុំមានរូបមុខឯងពីកាមេរ៉ាហាងហើយ។ ភ្នំពេញតូចទេ យើងនឹងជួបគ្នាឆាប់ៗ។",
            "ចាស់ៗដែលនៅតែមិនព្រមលក់ដីឲ្យក្រុមហ៊ុន គួរគិតពីសុខភាពខ្លួនឯងផង។ អាយុប៉ុណ្ណឹងហើយ ដួលម្ដងក្រោកមិនរួចទេ។",
        ],
        en=[
            "Still running stories about the land deal, reporter? Your bike sits outside your door every night. Petrol burns fast, you know.",
            "This is the last month. If the interest isn't in my hand by the 5th, my boys come to visit. They're not as polite as me.",
            "Vasna, you hit my little brother at the beer garden. I know you work nights at the garment factory. Don't walk home alone tomorrow.",
            "Tell the phone shop owner by the bridge: drop the case, or that shop is ash in one night.",
            "Change your number, change your house, doesn't matter. I have people in every province. The day I see your face, you won't walk away.",
            "That union guy organising the strike should remember the human body has a lot of bones, and every one of them can break.",
            "Leave one more bad review and see. I've got your face from the shop CCTV. Phnom Penh is small, we'll meet soon.",
            "your daughter wears the white-and-blue uniform, gets out at 11, pink bicycle. cute. stop being a witness if you love her.",
        ],
        mixed=[
            "Reporter ម្នាក់នោះ ម៉ូតូឯងចតមុខផ្ទះរាល់យប់ 🙂 petrol ឆេះលឿនណាស់ដឹងទេ",
            "Interest មិនដល់ដៃខ្ញុំថ្ងៃទី ៥ ទេ my boys នឹងទៅលេងផ្ទះឯង ពួកវាមិន polite ដូចខ្ញុំទេ",
            "Review ហាងខ្ញុំអាក្រក់ទៀតមើល 😡 ខ្ញុំមានមុខឯងពី CCTV ហើយ ភ្នំពេញតូចទេ see you soon",
            "ប្ដូរលេខ ប្ដូរផ្ទះ doesn't matter ខ្ញុំមានមនុស្សគ្រប់ខេត្ត ថ្ងៃណាជួបមុខ ដើរមិនរួចទេ",
        ],
        latn=[
            "neak kaset, eng nov tae chak phsay roeung dey nuh tiet men te? moto eng chot muk ptes real yub, preng sang chheh lern nas",
            "khae nis jea khae chong kroy hz. ber kar prak min torn dol dai knhom thngai ti 5, kmeng kmeng knhom nung tov leng ptes eng, pouk vea ot chesh niyeay srul dauch knhom te",
            "srey kbat chet, eng nung sday kroy. thngai na mouy muk saat eng nung kmean neak na skal tiet te. cham merl",
            "a vasna, eng vay p'oun knhom nov hang sra yub mernh. khnhom deng eng tver kar ven yub nov rong chak. saek kom der tae mneak eng na",
            "prab mchas hang luk phone kbae spean, ber min dok peak bdeng te, hang nuh nung klay jea phes knong mouy yub",
            "ng dor lek dor ptes ponman dong ka at brayoch. nhom mean mnus nov krob khet. thngai na choub muk, ng der min ruoch te",
            "a mei krom del noam kommokor tver kot kam, trov deng tha kluon mnus mean chhoeng chroen nas, hz chhoeng nimuoy ach bak ban",
            "sorsei tha mhob hang knhom ot chhnganh tiet merl. knhom mean roup muk ng pi camera hang hz. phnom penh touch te, yeung nung choub kna chhab chhab",
        ],
    )
)

THEMES.append(
    _posts(
        "wh-harass-threat",
        abuse=("harassment", "threat"),
        km=[
            "មីស្រីខូច ឯងហ៊ានប្ដឹងខ្ញុំទៅមេភូមិ? ខ្ញុំនឹងបង្ហោះរូបឯងទាំងអស់ ហើយចាំមើល ថ្ងៃណាឯងទៅផ្សារតែម្នាក់ឯង ខ្ញុំនឹងវាយឯងឲ្យដេកពេទ្យ។",
            "អាតឿល្ងង់ ឯងគិតថាឯងអាចលាក់ខ្លួនបាន? ខ្ញុំដឹងផ្ទះឯងហើយ ប្រយ័ត្នខ្នងខ្លួនឯងទៅ។",
            "ឯងមិនសងលុយ ខ្ញុំនឹងបិទរូបឯងនិងអត្តសញ្ញាណប័ណ្ណពេញភូមិ ថាឯងជាចោរ។ ហើយបើនៅតែគេច ខ្ញុំនឹងមកយកម៉ូតូ និងដៃឯងម្ខាងជាមួយ។",
            "មីខ្មៅមុខក្រាស់ ដណ្ដើមប្ដីខ្ញុំ។ ទឹកអាស៊ីតមួយដបថោកជាងក្រែមលាបមុខឯងទៅទៀត។ រង់ចាំចុះ។",
            "ឯងប្លុកខ្ញុំគ្រប់កន្លែង តែខ្ញុំនៅមានឆាតនិងរូបឯង។ ឆ្លើយខ្ញុំយប់នេះ បើមិនចង់ឲ្យប៉ាឯងឃើញ។ ហើយកុំភ្លេចថាខ្ញុំស្គាល់ផ្លូវទៅផ្ទះឯង។",
            "អ្នកកាសែតល្ងង់ម្នាក់នេះ សរសេរតែរឿងកុហក។ ឆ្កែដូចឯងគួរតែបាត់មាត់។ ពួកយើងដឹងថាឯងជិះឡានក្រុងលេខប៉ុន្មានទៅធ្វើការ។",
            "មីលក់ Live ដែលជេរម៉ាក់ខ្ញុំ ឯងងាប់ហើយ។ ខ្ញុំនឹងប្រាប់អតិថិជនឯងទាំងអស់ថាឯងជាអ្នកឆបោក ហើយយប់នេះនឹងមានមនុស្សទៅចាំមុខផ្ទះឯង។",
            "ឪពុកក្មេងដែលវាយកូនខ្ញុំនៅសាលា អាឆ្កែល្ងង់ បង្រៀនកូនមិនចេះ។ ស្អែកខ្ញុំទៅចាំមុខផ្ទះវា ឃើញមុខពេលណា បាក់ជើងពេលនោះ។",
        ],
        en=[
            "You filthy slut, you think you can report me? Every photo of you goes up tonight, and next time you're at the market alone I'll put you in hospital.",
            "Hey midget, hiding won't help. I know where you sleep now. Watch your back.",
            "Pay up or your face and ID go on every pole in the village with THIEF written on it. And if you still run, I'm taking the motorbike and one of your hands.",
            "Dark-skinned homewrecker. A bottle of acid costs less than your whitening cream. Wait for it.",
            "That lying dog of a journalist should learn to shut up. We know which bus you take to the office.",
        ],
        mixed=[
            "មីស្រីខូច ហ៊ាន report ខ្ញុំ? រូបឯងទាំងអស់ go up tonight ហើយ next time ឯងទៅផ្សារម្នាក់ឯង hospital ហើយ",
            "អាតឿល្ងង់ hiding won't help 🙂 ខ្ញុំដឹងផ្ទះឯងហើយ watch your back",
            "Homewrecker ខ្មៅ acid មួយដបថោកជាង whitening cream ឯងទៀត 🙂 wait for it",
            "Pay up ឬរូបនិង ID ឯងបិទពេញភូមិ 'ចោរ' ហើយបើនៅរត់ ខ្ញុំយកម៉ូតូ និងដៃឯង",
        ],
        latn=[
            "mi srey khouch, hean bdeng knhom tov mei phum? knhom nung post roup eng teang os, hz cham merl thngai na eng tov psar mneak eng, knhom vay eng oy deik pet",
            "a teu lngong, ng kit tha ng ach leak kluon ban? nhom deng ptes ng hz. prayat khnang kluon eng tov",
            "mi khmao muk kras dondeum pdey knhom. tek asit mouy dorb thaok cheang cream lab muk eng tov tiet. rong cham choh",
            "eng block knhom krob kon leng, tae knhom nov mean chat nerng roup eng. chlery knhom yub nis ber min jg oy pa eng khernh. kom plich tha knhom skal phlov tov ptes eng",
            "a chkae, kon ng vay kon knhom nov sala. saek knhom tov cham muk ptes ng, khernh muk pel na bak cheung pel nuh",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: friends' teasing and trash talk with the same insult words
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-banter",
        neg_kind="banter",
        km=[
            "អាតឿ ឯងមកដល់ហើយនៅ? ពួកយើងកុម្ម៉ង់ភីហ្សាទុកឲ្យឯងមួយចំណិតហើយ 😂 ប្រញាប់មក មុនអាធាត់ស៊ីអស់",
            "មីខ្មៅ ឯងទៅកោះរ៉ុងបីថ្ងៃ ត្រឡប់មកខ្មៅជាងកាហ្វេខ្ញុំទៀត 🤣 រូបល្អណាស់ ផ្ញើមកក្រុមផង",
            "អាឆ្កែ ខ្ចីលុយខ្ញុំ ១០ ដុល្លារតាំងពីឆ្នាំមុន ឥឡូវខួបកំណើតខ្ញុំ ត្រូវទិញស្រាសង ២០ ដុល្លារណា 😂❤️",
            "ល្ងង់ពិតមែនឯងនេះ ទៅប្រឡងភ្លេចយកកាតសិស្ស 🤦 តែមិនអីទេ ខ្ញុំជិះម៉ូតូយកទៅឲ្យហើយ ប្រឡងឲ្យជាប់ណា",
            "បុណ្យអុំទូកឆ្នាំនេះ ទូកភូមិយើងនឹងកម្ទេចទូកភូមិកណ្ដាលឲ្យលិចទឹកតែម្ដង 😤🚣 ចាញ់ម្ដងទៀត ខ្ញុំកោរសក់ទំពែក",
            "ML យប់នេះ អាណា feed ទៀត ខ្ញុំនឹងសម្លាប់វាក្នុងហ្គេមរហូតដល់ភ្លឺ 😂 កុំរត់ណាអាម៉ូន",
            "ប្ដីខ្ញុំតឿ ខ្ញុំជើងវែង ដើរជាមួយគ្នាដូចលេខ ១០ 🤣 ខួបអាពាហ៍ពិពាហ៍ទី ៥ ស្រឡាញ់ណាស់អាតឿខ្ញុំ",
            "ម៉ាក់ហៅខ្ញុំថាអាជ្រូកតាំងពីតូច ដល់ឥឡូវអាយុ ៣០ ហើយ នៅតែហៅ 🐷😂 ស្រឡាញ់ម៉ាក់",
            "អាល្ងង់ទាំងបួននាក់ក្នុងក្រុមនេះ ថ្ងៃសៅរ៍ឡើងភ្នំគូលែនជាមួយគ្នាទេ? អ្នកណាមិនទៅ ជាកូនមាន់ 🐔",
            "ម្សិលមិញឯងចាញ់ខ្ញុំ ៥-០ នៅហ្វីហ្វា ឥឡូវនៅហ៊ានហៅខ្ញុំមកលេងទៀត? ចាំខ្ញុំសម្លាប់ឯងម្ដងទៀត 😈⚽",
            "មិត្តខ្ញុំដែលល្ងង់ជាងគេ ប៉ុន្តែចិត្តល្អជាងគេ ខួបកំណើតរីករាយណា អាក្បាលថ្ម 🎂",
        ],
        en=[
            "Fatso, where are you?? We saved you one slice, hurry before Piseth eats that too 😂🍕",
            "3 days in Koh Rong and you came back darker than my coffee lol. pics look amazing tho, drop them in the group",
            "Ranked tonight. I'm going to end your whole bloodline in game, say goodbye to your rank 😈",
            "Bro you're the dumbest smart guy I know. Forgot your ID at the exam hall, I'm bringing it, don't panic you idiot ❤️",
            "Dragon boat crew: Middle village, we're sinking you on Sunday. If we lose again I'll shave my head, promise 🚣‍♂️",
            "Mum still calls me piglet and I'm 30 with two kids 🐷 some things never change",
            "Happy birthday to the ugliest man in our friend group. Your face is a crime but your heart's gold ❤️ beers on you",
            "you're so bad at FIFA i'm embarrassed for your ancestors. rematch at 9, bring snacks, loser pays",
        ],
        mixed=[
            "អាតឿ where are you?? pizza ទុកឲ្យឯងមួយ slice 😂 hurry up",
            "Ranked យប់នេះ ខ្ញុំនឹង kill ឯងរហូតដល់ឯង uninstall 😈🎮",
            "Happy birthday អាមុខអាក្រក់ជាងគេក្នុង group ❤️ មុខ crime តែចិត្ត gold 🍺 ឯងចេញ",
            "FIFA ឯងខ្សោយណាស់ 5-0 😂 rematch ម៉ោង ៩ អាល្ងង់ចាញ់ចេញថ្លៃ snack",
            "Koh Rong ៣ ថ្ងៃ ខ្មៅដូចកាហ្វេ 🤣 pics ស្អាតណាស់ post ដាក់ group មក",
        ],
        latn=[
            "a teu eng mok dol nov? pizza tuk oy eng mouy chomnet 😂 broyab mok mun a thot si os",
            "mi khmao ng tov koh rong 3 thngai trolob mok khmao cheang kafe knhom tiet 🤣 roup saat nas pheu mok group pong",
            "a chkae khchey luy knhom 10$ tang pi chnam mun, khuob kom nert knhom trov tinh sra song 20$ na 😂❤️",
            "lngong men ten ng nis, tov brolong plich yok kat sers 🤦 tae ot ey te nhom jis moto yok tov oy hz, brolong oy jab na",
            "ML yub nih a na feed tiet nhom somlab vea knong game rohot dol pruk 😂 kom rot na a mon",
            "mak hao knhom a chrouk tang pi touch dol elov ayu 30 hz nov tae hao 🐷😂",
            "pdey knhom teu, knhom cheung veng, der jea mouy kna dauch lek 10 🤣 khuob ti 5 srolanh nas a teu knhom",
            "fifa ng khsaoy nas 5-0 😂 rematch mong 9, chanh chenh thlai snack, a lngong",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: angry complaints about companies and services
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-complaint",
        neg_kind="complaint",
        km=[
            "ធនាគារនេះយឺតជាងគេបំផុត! ខ្ញុំរង់ចាំនៅបញ្ជរ ២ ម៉ោង ដើម្បីដកលុយខ្លួនឯង។ សេវាកម្មអន់ជាងគេក្នុងប្រទេស។",
            "ក្រុមហ៊ុនដឹកជញ្ជូនអីក៏យឺតម្ល៉េះ! ឥវ៉ាន់ខ្ញុំផ្ញើទៅសៀមរាបតាំងពីថ្ងៃច័ន្ទ ដល់ថ្ងៃនេះនៅតែបាត់។ តេទៅគ្មានអ្នកលើក។ លែងប្រើហើយ។",
            "ហាងកាហ្វេក្បែរផ្សារថ្មី ថ្លៃ ៣ ដុល្លារ តែរសជាតិដូចទឹកលាងចាន។ ខ្ជះខ្ជាយលុយ មិនមកទៀតទេ។",
            "អ៊ីនធឺណិតក្រុមហ៊ុននេះដាច់រាល់ល្ងាច ចំម៉ោងកូនរៀនអនឡាញ។ យកលុយរាល់ខែមិនដែលខាន តែសេវាដូចអាចម៍។",
            "អ្នកបើកបរក្នុងកម្មវិធីហៅឡាននេះ បោះបង់ការកក់ខ្ញុំបីដងជាប់គ្នាពេលភ្លៀង។ កម្មវិធីខ្សោយ គួរតែបិទចោលទៅ។",
            "ទិញទូរស័ព្ទនៅហាងនេះ មិនទាន់មួយសប្ដាហ៍ ខូចអេក្រង់ ហើយហាងមិនព្រមធានា។ ហាងឆបោក កុំទៅទិញណាបងប្អូន!",
            "ភោជនីយដ្ឋាននេះយកលុយសេវា ១០% ហើយបម្រើយឺតដូចអណ្ដើក។ ម្ហូបត្រជាក់ ទឹកកកក៏គ្មាន។ លើកក្រោយមិនមកទៀតទេ។",
            "ភ្លើងដាច់ម្ដងទៀតហើយ ក្ដៅដូចស្ងោរ។ គ្មានការជូនដំណឹងមុនទាល់តែសោះ។ អ្នកផ្គត់ផ្គង់ភ្លើងនៅខេត្តនេះ ទុកប្រជាជនជាអ្វី?",
            "ក្រុមហ៊ុនធានារ៉ាប់រងនេះ ពេលលក់មកសួរសុខទុក្ខរាល់ថ្ងៃ ពេលយើងមានគ្រោះថ្នាក់ ដាក់ពាក្យទាមទារ ៣ ខែមិនទាន់ឆ្លើយ។ អាក្រក់ដល់ហើយ។",
        ],
        en=[
            "Worst bank in Phnom Penh, hands down. Two hours in line to withdraw MY OWN money and the app has been 'under maintenance' all week. Useless.",
            "This courier company is a joke. Parcel to Siem Reap sent Monday, still 'in transit', hotline rings forever. Never again.",
            "$3.50 for a latte that tastes like dishwater. This cafe chain has gone downhill so fast. Absolute rip-off.",
            "Internet provider cuts out every evening exactly when my kids have online class. They never miss a bill though. Garbage service.",
            "Ride app driver cancelled on me 3 times in the rain. What is the point of this app? Uninstalled. Trash company.",
            "Phone screen died after 5 days and the shop refuses the warranty. Scam shop, avoid avoid avoid!! ⚠️",
            "Building management took 3 weeks to fix a leaking pipe. Pay rent on time, get treated like garbage. Disgraceful.",
        ],
        mixed=[
            "Bank នេះ worst service ណាស់! ចាំ ២ ម៉ោងដើម្បីដកលុយខ្លួនឯង app ក៏ maintenance រហូត 😤 useless",
            "Delivery company អីក៏យឺតម្ល៉េះ parcel ទៅសៀមរាប ៥ ថ្ងៃហើយនៅ 'in transit' call មិនលើក never again",
            "Wifi ដាច់រាល់ល្ងាច ចំម៉ោងកូនរៀន online 😡 bill មិនដែលខាន service ដូចសំរាម",
            "ហាងទូរស័ព្ទនេះ scam! screen ខូច ៥ ថ្ងៃ មិនព្រម warranty ⚠️ កុំទៅទិញ",
        ],
        latn=[
            "bank nis yeut nas! cham 2 mong dermbey dork luy kluon eng. service ann cheang ke",
            "kromhun denh jonh nis yeut mles, eyvan knhom pheu tov siem reap tang pi thngai chan dol elov nov bat. tel tov ot ke leuk. lerng brer hz",
            "internet kromhun nis dach real lngiach, chom mong kon rien online. yok luy real khae min dael khan tae service dauch ach",
            "hang phone nis chhbok, tinh ot torn 1 atit khouch screen hz ot prom tanea. kom tov tinh na bong oun!!",
            "pleung dach mdong tiet hz, kdao dauch sngor. at men chun domnoeng mun te. tuk pracheachon jea avey?",
            "restaurant nis yok luy service 10% tae bomreu yeut dauch ondoek, mhob trocheak. lerk kroy ot mok tiet te",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: harsh criticism of officials' actions and policies
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-politics",
        neg_kind="political_criticism",
        km=[
            "ចៅហ្វាយខេត្តសន្យាថាជួសជុលផ្លូវមុនរដូវវស្សា ឥឡូវភ្លៀងមកដល់ហើយ ផ្លូវនៅតែដូចស្រែ។ សន្យាទទេ គ្មានទំនួលខុសត្រូវ។",
            "ក្រសួងកំពុងតម្លើងពន្ធលើម៉ូតូចាស់ ខណៈប្រជាជនក្រីក្រកំពុងលំបាក។ គោលនយោបាយនេះគ្មានមេត្តា និងមិនយល់ពីជីវភាពអ្នកភូមិទាល់តែសោះ។",
            "អភិបាលស្រុកចំណាយថវិកាសាងរូបសំណាកធំមួយ តែសាលារៀនក្នុងស្រុកដំបូលលេចទឹក។ អាទិភាពខុសទាំងស្រុង!",
            "មន្ត្រីគយនៅព្រំដែនស៊ីលុយពីអ្នកលក់តូចៗរាល់ថ្ងៃ។ ពុករលួយដល់ឆ្អឹង ហើយគ្មាននរណាហ៊ានចាត់វិធានការ។",
            "មេឃុំយើងគ្រប់គ្រងគ្មានសមត្ថភាព ចែកដីព្រៃសហគមន៍ឲ្យក្រុមហ៊ុន ហើយទុកឲ្យកសិករគ្មានដីធ្វើស្រែ។ ឆ្នាំក្រោយត្រូវបោះឆ្នោតប្ដូរ។",
            "សមាជិកក្រុមប្រឹក្សាខណ្ឌ អង្គុយប្រជុំដេកលក់ ហើយទទួលប្រាក់ខែពីពន្ធយើង។ គួរឲ្យខ្មាសគេណាស់ អស់លោក។",
            "ច្បាប់ចរាចរណ៍ថ្មីពិន័យខ្ពស់ពេក ប៉ូលិសខ្លះប្រើជាឱកាសស៊ីលុយ។ ក្រសួងគួរពិនិត្យឡើងវិញ មុនប្រជាជនបាត់ទំនុកចិត្តទាំងស្រុង។",
        ],
        en=[
            "The provincial governor promised the road would be fixed before rainy season. It's July and the road is a rice field. Empty promises, zero accountability.",
            "Raising the tax on old motorbikes while families can barely afford rice is heartless policy. Whoever designed this has never lived in a village.",
            "District spends a fortune on a giant statue while the school roof leaks onto the kids' desks. Completely rotten priorities.",
            "Customs officers at the border shake down small traders every single day. Corrupt to the bone and nobody in the ministry lifts a finger.",
            "Our commune chief handed the community forest to a company and left farmers with nothing. Incompetent and shameless. Vote him out next year.",
        ],
        mixed=[
            "អភិបាលខេត្ត promise ជួសជុលផ្លូវ before rainy season ឥឡូវផ្លូវដូចស្រែ 🙄 empty promises",
            "Tax ម៉ូតូចាស់ឡើង ពេលប្រជាជនក្រលំបាក 😡 heartless policy ក្រសួងគិតអីទៅ",
            "មន្ត្រីគយនៅ border ស៊ីលុយអ្នកលក់តូចរាល់ថ្ងៃ corrupt to the bone ហើយគ្មានអ្នកណាចាត់វិធានការ",
        ],
        latn=[
            "chaovay khet sonya chuoh chul phlov mun rodov vosa, elov plieng mok dol hz phlov nov tae dauch srae. sonya tetae",
            "krosuong dom leung pon leu moto chas pel pracheachon kro lombak. koulnayobay nis kmean metta te",
            "aphibal srok chomnay thavika sang roup somnak thom, tae sala rien dombol lech tek. atiphap khos teang sreong",
            "mei khum yeung chaek dey prey sahakum oy kromhun hz tuk oy kasekor kmean dey tver srae. chnam kroy yeung bos chhnaot dor",
            "chbab chorachor thmey pinay khpous pek, police khlah brer jea okas si luy. krosuong kuor pinit laeng vinh",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: news of harassment and threat cases
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-news",
        neg_kind="news_report",
        km=[
            "ប៉ូលិសខេត្តកំពត ចាប់ខ្លួនបុរសអាយុ ២៨ ឆ្នាំ ដែលបានផ្ញើសារគំរាមចាក់ទឹកអាស៊ីតលើអតីតសង្សាររបស់ខ្លួន តាម Telegram ជាង ១០០ សារ។",
            "សិស្សស្រីថ្នាក់ទី ៩ ម្នាក់ ឈប់រៀនបន្ទាប់ពីមិត្តរួមថ្នាក់ដាក់រូបនាងលើ TikTok ហើយសរសេរថា 'អាតឿខ្មៅ'។ មន្ទីរអប់រំបានចុះពិនិត្យសាលា។",
            "តុលាការរាជធានីភ្នំពេញ កាត់ទោសស្ត្រីម្នាក់ ៦ ខែ ពីបទផ្សព្វផ្សាយអាសយដ្ឋាន និងលេខទូរស័ព្ទរបស់អ្នកលក់អនឡាញម្នាក់ ដែលនាំឲ្យជនរងគ្រោះទទួលការហៅរំខានរាប់រយដង។",
            "អ្នកកាសែតម្នាក់នៅខេត្តព្រះវិហារ បានប្ដឹងទៅប៉ូលិស ក្រោយទទួលសារថា 'ប្រយ័ត្នផ្ទះឯងឆេះ' បន្ទាប់ពីចុះផ្សាយរឿងកាប់ឈើខុសច្បាប់។",
            "ម្ចាស់ប្រាក់កម្ចីឯកជនពីរនាក់ ត្រូវបានឃាត់ខ្លួន ពីបទគំរាម និងបិទរូបកូនបំណុលនៅមុខផ្សារ ដោយសរសេរថា 'ចោរ'។",
            "ការស្ទង់មតិថ្មីបង្ហាញថា យុវជនកម្ពុជា ៤ នាក់ក្នុងចំណោម ១០ នាក់ ធ្លាប់រងការជេរប្រមាថលើបណ្ដាញសង្គម ភាគច្រើនពាក់ព័ន្ធនឹងរូបរាង និងពណ៌សម្បុរ។",
            "បុរសម្នាក់នៅខេត្តតាកែវ ត្រូវបានចោទប្រកាន់ពីបទលួចតាមដាន និងផ្ញើសាររាប់ពាន់ទៅបុគ្គលិកធនាគារម្នាក់ បន្ទាប់ពីនាងបដិសេធមិនព្រមរាប់អាន។",
            "អ្នកលក់ផ្សាយផ្ទាល់ម្នាក់ បានបិទគណនីជាបណ្ដោះអាសន្ន ក្រោយរងការជេរប្រមាថរាប់ពាន់មតិ ពាក់ព័ន្ធនឹងជម្លោះជាមួយអតិថិជន។ នាងប្រាប់អ្នកសារព័ត៌មានថា នាងមិនហ៊ានចេញពីផ្ទះ។",
        ],
        en=[
            "Kampot police arrest 28-year-old man who sent his ex-girlfriend more than 100 Telegram messages threatening to throw acid on her.",
            "A Grade 9 girl has stopped attending school after classmates posted her photo on TikTok captioned 'dark dwarf'. The provincial education department says it is investigating.",
            "Phnom Penh court sentences woman to six months for publishing an online seller's home address and phone number, which led to hundreds of abusive calls.",
            "Preah Vihear journalist files police complaint after receiving a message reading 'careful your house doesn't catch fire' following his logging report.",
            "Two private lenders detained for posting a borrower's photo at the market labelled 'THIEF' and threatening his family, police say.",
            "Survey: 4 in 10 young Cambodians report being insulted online, most often about their weight, skin colour or accent.",
        ],
        mixed=[
            "ព័ត៌មាន៖ ប៉ូលិសកំពតចាប់បុរសម្នាក់ ផ្ញើសារគំរាមចាក់ acid ទៅ ex girlfriend ជាង ១០០ messages តាម Telegram",
            "Survey ថ្មី៖ យុវជន ៤/១០ ធ្លាប់រង cyberbullying ភាគច្រើនពីរឿង weight និងពណ៌សម្បុរ",
            "តុលាការកាត់ទោសស្ត្រីម្នាក់ ៦ ខែ ពីបទ doxxing អ្នកលក់ online ដាក់ address និងលេខទូរស័ព្ទ",
            "Journalist នៅព្រះវិហារ ប្ដឹងប៉ូលិស ក្រោយទទួលសារ 'ប្រយ័ត្នផ្ទះឯងឆេះ' after report រឿងកាប់ឈើ",
        ],
        latn=[
            "police khet kampot chab kluon boros ayu 28 chnam, pheu sa kom ream chak tek asit leu sangsa chas tam telegram jeang 100 sa",
            "sers srey thnak ti 9 chob rien kroy mit ruom thnak dak roup neang leu tiktok hz sorsei tha 'a teu khmao'. montir op rom chos pinit sala",
            "tolakar phnom penh kat tous strey mneak 6 khae pi bot phsay address nerng lek tel robos neak luk online",
            "neak kaset nov preah vihear bdeng police kroy tetuol sa 'prayat ptes eng chheh' kroy phsay roeung kab cheu",
            "mchas prak kamchey 2 nak trov ban khat kluon pi bot kom ream nerng bet roup kon bamnol nov muk psar sorsei tha 'chor'",
            "survey thmey: yuvachun khmer 4 knong 10 nak thlorb rong kar chher leu social media, pheak chroen pi roup rang nerng por sombor",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: anti-bullying and anti-harassment campaigns that quote the abuse
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-awareness",
        neg_kind="awareness",
        km=[
            "កុំហៅគេថា 'អាតឿ' 'មីខ្មៅ' 'អាធាត់' ទៀត។ ពាក្យលេងសើចរបស់អ្នក អាចក្លាយជាស្នាមរបួសពេញមួយជីវិតរបស់គេ។ #ឈប់ជេរប្រមាថតាមអនឡាញ",
            "បើមាននរណាគំរាមថា 'នឹងបង្ហោះរូបឯង' កុំផ្ញើលុយ កុំឆ្លើយតប។ ថតអេក្រង់ទុកជាភស្តុតាង ហើយរាយការណ៍ទៅប៉ូលិស ឬខ្សែជំនួយ។",
            "គ្រូៗ សូមចាប់អារម្មណ៍៖ សិស្សដែលស្រាប់តែស្ងាត់ មិនចង់មកសាលា ឬលាក់ទូរស័ព្ទ អាចកំពុងរងការសម្លុតលើបណ្ដាញសង្គម។ សួរនាំដោយទន់ភ្លន់។",
            "ការសរសេរ 'ទៅ report វាទាំងអស់គ្នា' ក្រោមវីដេអូនរណាម្នាក់ គឺជាការវាយប្រហារជាក្រុម។ មុននឹងចុចផ្ញើ សូមគិតថាបើជាបងប្អូនខ្លួនឯងវិញ។",
            "ការផ្ញើសាររហូត ដូចជា 'ហេតុអីមិនឆ្លើយ ខ្ញុំដឹងអូន online' គឺជាការបៀតបៀន មិនមែនជាស្នេហាទេ។ អ្នកមានសិទ្ធិប្លុក និងរាយការណ៍។",
            "វគ្គបណ្ដុះបណ្ដាលឥតគិតថ្លៃ៖ របៀបការពារខ្លួនពីការលាតត្រដាងព័ត៌មានផ្ទាល់ខ្លួន សម្រាប់អ្នកលក់អនឡាញ។ ថ្ងៃសៅរ៍នេះ ម៉ោង ២ រសៀល។",
            "សារដូចជា 'ឯងនឹងឃើញ' ឬ 'ប្រយ័ត្នខ្នងខ្លួនឯង' ជាការគំរាម ទោះបីមិននិយាយថានឹងវាយក៏ដោយ។ សូមរក្សាទុកសារ ហើយប្រាប់អ្នកដែលអ្នកទុកចិត្ត។",
            "ម៉ាក់ប៉ាទាំងអស់៖ បើកូនត្រឡប់មកផ្ទះហើយនិយាយថា មិត្តហៅខ្លួនថា 'អាក្រ' ឬ 'អាកឹក' សូមកុំប្រាប់ថាមិនអីទេ។ ស្ដាប់ហើយទាក់ទងគ្រូ។",
        ],
        en=[
            "Stop calling people 'fatty', 'darkie' or 'midget' in the comments. Your joke is someone's scar. #KindOnlineKH",
            "If someone says 'send money or I post your photos', don't pay and don't reply. Screenshot everything and report it to police or a helpline.",
            "Teachers: a student who suddenly goes quiet, skips school or hides their phone might be bullied online. Ask gently, listen first.",
            "Writing 'everyone report her' under a stranger's video is a pile-on. Before you hit send, imagine it was your sister.",
            "'Why aren't you replying, I know you're online' is not romance, it's harassment. You are allowed to block and report.",
            "Messages like 'you'll see' or 'watch your back' are threats even if they never mention violence. Keep them, and tell someone you trust.",
        ],
        mixed=[
            "កុំហៅគេថា 'fatty' 'មីខ្មៅ' 'អាតឿ' ក្នុង comment ទៀត 🙏 joke របស់អ្នក = scar របស់គេ #StopBullying",
            "Send money or I post your photos? ❌ កុំផ្ញើលុយ screenshot ទុក ហើយ report ទៅប៉ូលិស",
            "'ហេតុអីមិន reply ខ្ញុំដឹងអូន online' = harassment មិនមែន romance ទេ 🚫 block & report បាន",
            "Workshop free៖ ការពារខ្លួនពី doxxing សម្រាប់ online sellers ថ្ងៃសៅរ៍ ម៉ោង ២ 📍",
        ],
        latn=[
            "kom hao ke tha 'a teu' 'mi khmao' 'a thot' tiet. peak leng serch robos neak ach klay jea snam robuos penh mouy jivit robos ke #chobchheronline",
            "ber mean neak kom ream tha 'nung post roup eng', kom pheu luy, kom chlery. screenshot tuk hz report tov police",
            "sar dauch 'eng nung khernh' or 'prayat khnang kluon eng' jea kar kom ream, tos bey min niyeay tha nung vay ka doy. tuk sa hz prab neak del tuk chet",
            "sorsei 'tov report vea teang os kna' krom video ke, jea kar vay proha jea krom. mun chuch send, kit tha ber jea bong oun kluon eng vinh",
            "pheu sa rohot dauch 'hetey min chlery, bong deng oun online' jea kar biet bien, min men sneha te. oun mean sith block nerng report",
            "mak pa teang os: ber kon trolob mok ptes niyeay tha mit hao kluon 'a kro' or 'a keuk', som kom prab tha ot ey te. stab hz tak tong krou",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: neutral posts about weight, skin, height and debts; self-deprecating jokes
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wh-benign-body-debt",
        neg_kind="benign",
        hard=True,
        km=[
            "ក្រោយបុណ្យចូលឆ្នាំខ្មែរ ខ្ញុំធាត់ឡើង ៤ គីឡូ 😭 ញ៉ាំនំអន្សមរាល់ថ្ងៃ។ ចាប់ពីស្អែក ខ្ញុំរត់ជុំវិញវិមានឯករាជ្យ អ្នកណាចង់ទៅជាមួយ?",
            "ចែករំលែកបទពិសោធន៍៖ ខ្ញុំស្រកទម្ងន់បាន ៨ គីឡូក្នុងរយៈពេល ៣ ខែ ដោយឈប់ផឹកភេសជ្ជៈផ្អែម និងដើរ ៣០ នាទីរាល់ល្ងាច។ មិនប្រើថ្នាំអ្វីទេ។",
            "ស្បែកខ្ញុំខ្មៅស្រអាប់តាំងពីកើត ហើយខ្ញុំស្រឡាញ់វា។ សូមណែនាំឡេការពារកម្ដៅថ្ងៃដែលមិនធ្វើឲ្យស សម្រាប់ធ្វើការក្រៅផ្ទះ។",
            "មុនខ្ញុំឡើងច្រើនពេលប្រឡង 😩 អ្នកណាធ្លាប់ប្រើជែលព្យាបាលមុនប្រភេទណាដែលមិនថ្លៃពេក? សុំណែនាំផង។",
            "សេចក្ដីជូនដំណឹង៖ សូមអតិថិជនដែលមានកាលវិភាគសងប្រាក់ខែនេះ អញ្ជើញមកសាខា ឬបង់តាមធនាគារមុនថ្ងៃទី ២៥។ បើមានការលំបាក សូមទាក់ទងមន្ត្រីឥណទាន ដើម្បីពិភាក្សារៀបចំកាលវិភាគថ្មី។",
            "ខ្ញុំទាបតែ ១៥០ សង់ទីម៉ែត្រ ទិញខោខូវប៊យណាក៏វែងពេក 😂 ហាងណាមានទំហំតូចៗសម្រាប់មនុស្សតឿដូចខ្ញុំ ប្រាប់ផង។",
            "ជម្រាបសួរបង ខ្ញុំរំលឹកបន្តិចថាប្រាក់ដែលបងខ្ចីកាលពីខែមុន ដល់ពេលសងហើយ។ បើបងនៅលំបាក អាចសងជាពីរដងក៏បាន ប្រាប់ខ្ញុំមកណា។",
            "ម៉ាក់ខ្ញុំឃើញខ្ញុំមកពីស្រែ ថា 'កូនខ្មៅដូចក្អែកហើយ' 😂 រួចគាត់ស្ងោរសម្លម្ជូរឲ្យញ៉ាំ។ ផ្ទះនៅតែជាផ្ទះ។",
            "ថ្នាក់ហាត់ប្រាណសម្រាប់អ្នកមានទម្ងន់លើស ចាប់ផ្ដើមខែក្រោយនៅមណ្ឌលសុខភាពឃុំ។ គ្មានការវិនិច្ឆ័យ គ្មានការប្រៀបធៀប មកតាមល្បឿនខ្លួនឯង។",
        ],
        en=[
            "Gained 4kg over Khmer New Year, I'm basically a num ansom now 😂 starting a walking challenge at Olympic Stadium tomorrow, who's in?",
            "Lost 8kg in 3 months just by cutting sugary iced coffee and walking after dinner. No pills, no magic. Happy to share my meal plan.",
            "Dark skin girls, what sunscreen do you use that doesn't leave a white cast? Not looking for whitening, just protection 🙏",
            "Reminder from your loan officer: the monthly instalment is due on the 25th. If this month is difficult, please call me and we can work out a new schedule together.",
            "I'm 150cm and every pair of jeans drags on the floor lol. Any shops in PP that do petite sizes?",
            "Hi sis, just a gentle reminder about the $50 from last month. No rush, pay in two parts if that's easier 😊",
            "Acne update week 6: the benzoyl gel is finally working. Posting progress pics for anyone who feels ugly during breakouts, it gets better.",
        ],
        mixed=[
            "Khmer New Year ឡើង ៤kg 😭 នំអន្សមរាល់ថ្ងៃ walking challenge ស្អែកនៅ Olympic stadium អ្នកណាទៅ?",
            "Sunscreen សម្រាប់ស្បែកខ្មៅ មិន white cast មានទេ? not whitening ណា just protection 🙏",
            "Reminder តូចមួយបង៖ លុយ $50 ខែមុន ដល់ពេលហើយ no rush ណា សងពីរដងក៏បាន 😊",
            "ខ្ញុំ 150cm ទិញ jeans ណាក៏វែង 😂 ហាងណាមាន petite size នៅភ្នំពេញ?",
        ],
        latn=[
            "kroy chol chnam knhom thot laeng 4 kilo 😭 nham nom onsom real thngai. saek chab pderm rot, neak na jg tov jea mouy?",
            "knhom srok tomngun ban 8 kilo knong 3 khae doy chob phek tek pha-em nerng der 30 neati real lngiach. ot brer thnam te",
            "mun knhom laeng chroen pel brolong 😩 neak na thlorb brer gel mun mouy na ot thlai pek? som nae noam pong",
            "chum reap suor bong, knhom romlerk bontech tha luy bong khchey khae mun dol pel song hz. ber bong nov lombak song 2 dong ka ban, prab knhom mok na",
            "knhom teab tae 150cm tinh kho jeans na ka veng pek 😂 hang na mean size touch touch somrab mnus teu dauch knhom",
            "mak knhom khernh knhom mok pi srae tha 'kon khmao dauch kaek hz' 😂 hz kot sngor samlor mchou oy nham. ptes nov tae jea ptes",
        ],
    )
)

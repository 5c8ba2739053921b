"""Build `langid_eval.jsonl`: the held-out language-ID set (85 posts per label, 425 in all).

Run: `python tests/models/text/data/build_langid_eval.py` (seeded, deterministic).
Every fragment below was written for this set and none appears in the training corpus
(`models/text/data/kmlatn_corpus.txt`); a test checks that. Posts join one or two fragments
of the same label with the noise real posts carry (emoji, hashtags, links, punctuation).
No real private persons are named.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

KM = """ទូរស័ព្ទខ្ញុំបាត់នៅផ្សារអូរឫស្សី
អ្នកណាចង់ទិញផ្ទះនៅកណ្តាល
ការពិតគឺមិនដូចអ្វីដែលគេនិយាយទេ
បងៗជួយចែករំលែកផង ក្មេងបាត់ខ្លួន
ថ្ងៃនេះខ្ញុំឈឺក្បាលខ្លាំង
ហាងកាហ្វេថ្មីនេះស្អាតណាស់
ភ្លើងឆេះផ្ទះនៅភូមិខ្ញុំកាលពីយប់មិញ
សុំទោសដែលឆ្លើយយឺត
លុយខ្ញុំមិនគ្រប់ទិញអីវ៉ាន់ទេ
ពួកគេកំពុងរៀបចំពិធីមង្គលការ
ឆ្កែខ្ញុំឈ្មោះខ្មៅ វាឆ្លាតណាស់
រដូវវស្សាមកដល់ហើយ
ខ្ញុំអស់កម្លាំងណាស់ថ្ងៃនេះ
កុំភ្លេចពាក់មួកសុវត្ថិភាព
តម្លៃមាសឡើងខ្ពស់ខ្លាំង
ខ្ញុំចង់ទៅលេងកំពត
អាកាសធាតុត្រជាក់ល្អណាស់
មិត្តភក្តិខ្ញុំរៀនចប់ហើយ
សូមអរគុណចំពោះការគាំទ្រ
គេលក់ថ្នាំក្លែងក្លាយតាមអនឡាញ
ក្រសួងសុខាភិបាលបានប្រកាសពីករណីឆ្លងថ្មីចំនួនបីនាក់
តើអ្នកណាដឹងថាផ្សារបើកម៉ោងប៉ុន្មានទេ
ខ្ញុំមិនជឿព័ត៌មាននេះទេ វាជាការកុហក
សូមចែករំលែកដល់មិត្តភក្តិទាំងអស់គ្នា
ភ្លៀងធ្លាក់ខ្លាំងណាស់នៅភ្នំពេញថ្ងៃនេះ
ថ្ងៃស្អែកសាលារៀនបិទមួយថ្ងៃ
អរគុណច្រើនបង
ស្ត្រីម្នាក់ត្រូវបានជួយសង្គ្រោះពីទឹកជំនន់
តម្លៃប្រេងសាំងឡើងថ្លៃទៀតហើយ
កុំទិញថ្នាំនេះ វាមិនមានប្រសិទ្ធភាពទេ
ខ្មែរយើងត្រូវតែរួបរួមគ្នា
ព្រះអាទិត្យរះនៅអង្គរវត្តស្អាតណាស់
ក្មេងៗត្រូវការសៀវភៅសម្រាប់រៀន
ប៉ូលិសបានចាប់ចោរលួចម៉ូតូពីរនាក់
អាហារនៅហាងនេះឆ្ងាញ់ណាស់
ខ្ញុំនឹកស្រុកកំណើតខ្លាំងណាស់
វ៉ាក់សាំងនេះធ្វើឲ្យមនុស្សស្លាប់ គឺមិនពិតទេ
ទឹកទន្លេមេគង្គឡើងខ្ពស់
លោកគ្រូបង្រៀនល្អណាស់
សូមប្រយ័ត្នការបោកប្រាស់តាមទូរស័ព្ទ
តើថ្ងៃនេះក្តៅឬត្រជាក់
បងប្អូនអើយ ជួយគ្នាផង
ការប្រកួតបាល់ទាត់យប់នេះពិតជាល្អ
ផ្លូវជាតិលេខ៤ស្ទះចរាចរណ៍ខ្លាំង
កសិករត្រូវការទឹកសម្រាប់ស្រែ
ខ្ញុំទៅធ្វើការរាល់ថ្ងៃ
ព័ត៌មាននេះចេញពីប្រភពមិនច្បាស់លាស់
កុំជឿពាក្យចចាមអារ៉ាម
ឆ្នាំនេះស្រូវល្អណាស់
ម្តាយខ្ញុំធ្វើម្ហូបឆ្ងាញ់បំផុត
សូមអភ័យទោស ខ្ញុំមកយឺត
កូនសិស្សប្រឡងជាប់ច្រើន
ឡានក្រុងចេញម៉ោងប្រាំមួយព្រឹក
អ្នកភូមិបានរកឃើញពស់ធំមួយ
ទីផ្សារថ្មីបើកនៅខេត្តសៀមរាប
យើងត្រូវការពារបរិស្ថាន
ខែ្មរ ស្រ្តី ខ្មែ​រ
ខ្ញុំស្រឡាញ់អ្នក
ក្រុមហ៊ុននេះបោកប្រាស់អតិថិជន
សូមជូនពរឲ្យមានសុខភាពល្អ""".splitlines()

EN = """lmao no way
That is not what the minister said at all
Can't sleep again
Thank you so much for the birthday wishes
Is this true or just another hoax?
My phone got stolen at the market today
Nobody asked for your opinion
The rice harvest looks good this year
Where can I buy cheap bus tickets?
So proud of my little sister
Stop posting fake pictures of the flood
This is why we can't have nice things
Warning: do not drink the water from that well
Who is going to the concert on Friday
What a beautiful sunset over the river
I'm so done with this week
The police arrested two men for robbery
Please pray for the victims
Best noodles in town, highly recommend
Share this before they delete it
Are the schools closed tomorrow?
He threatened to beat me if I talk
New record for the national team
My mom says hi to everyone
Watch out for the new phone scam
Why are prices so high this month
Great job to the volunteers
We lost power again
This photo is edited, look at the shadows
Happy holidays everyone
I can't find my keys anywhere
Let's meet at the cafe at noon
Traffic is terrible near the airport
Who knows a good dentist?
The exam results are out
Rain again, of course
Don't trust anything this account says
Love this song so much
That joke was not funny at all
Anyone up for football tonight
Respect to the doctors working overtime
Finally got my driving license
Be kind to each other
Whoever did this should be ashamed
Weekend plans anyone?
Breaking: the bridge collapsed this morning, stay safe everyone
I can't believe people still share this nonsense
Does anyone know if the market is open tomorrow?
This vaccine is totally safe, stop spreading lies
Happy birthday to my best friend, love you
The government announced new rules for motorbikes
lol this is the funniest thing I have seen all week
Please help, my cat has been missing since Sunday
Prices keep going up and salaries stay the same
Who else thinks the traffic is getting worse?
Just finished my exams, so tired but happy
Don't click that link, it's a scam
Heavy rain expected in the evening, bring an umbrella
We need more schools in the countryside
That restaurant gave me food poisoning, avoid it
Congratulations to all the graduates this year
You are a liar and everyone knows it
Check out my new video, link in bio
The river is flooding near the old pagoda
Thanks for the support guys, means a lot
I will find you and you will regret it
Fake news again, nobody should trust that page
Anyone selling a used phone in good condition?
The concert last night was amazing
Stay home if you feel sick, protect your family
Why is the internet so slow today
Good morning, have a nice day everyone
Our team won the match, so proud
This page posts nothing but rumors
Free giveaway, share and tag three friends
I think the new road is a good idea
Do not buy medicine from strangers online
What time does the bus leave for the coast?
My grandmother makes the best soup
Be careful, thieves are stealing bikes at night
omg u guys have to try this coffee
The hospital needs blood donors urgently
So many tourists at the temple this weekend
Honestly this is the worst service ever
Can someone explain what happened downtown""".splitlines()

KM_LATN = """ot mean ey te
bong ah
oun ey nas
nham bay nov?
jam 5 nati
tov psar jea knea ot
ke ot chea te
srolanh oun mnak eng
bong jea te?
ey chea nis
ot yul te
knhom ot deng ey sos
chhnganh ot
mok leng phteah oun
bong tver ey nov?
oun jg nham tek kork
ah nis kohok
reung nis pit ort
ke tha mean polis
knhom rovul nas bong
sorry bong knhom plich
tov rean hz oun
ot mean luy phng
chob niyay chhob
oun klach bong khoeng
bong sralanh oun ot?
yub nis tov na
thngai saek jub knea
kom khoeng oun na
kdav nas thngai nis
tlai nas bong
bong nov phteah te
merl ot yul sos
mean ey bong
jol hz bong
oun nirk mak
tinh ey klas ot
knhom ot nham bay te
pel na bong tov
bong ot mok te
oun chhu kbal
ai nis ot sdab ke
ke kach nas
sabay chet nas
arkun bong srey
bong ey oun jg sour bong bontech
knhom ot jol chit reung nis sos
oun nirk bong nas jam mok vinh
chhnam nis srov tlai nas kasekor sabay
kom jeu reung nis ke kohok te
bong nov na kluon eng
nham bay nov ey thngai nis
oun ot mean luy tinh tnam te
mak ot ouy tov leng te yob nis
jol dael bong ot tha ey
tov kroy psar chab mok
knhom chhu pous klang nas
ey ke vay knea nov mat phloy
sruol te bong tver kar nis
oun som ti prekesa bong bontech
arkun nas sahav mean chet lor
chea muoy knea srolanh knea
kom tver dauch ke
ah ng nis chkout pek hz
bong ban nham ey nov
oun klach ngoit nas yob nis
ke tha phleang thleak klang
knhom merl news hz ot pit te
tver ey kor ban
min deng tha ke jg ey
bong tinh ey oy oun
nas hz bong sabay chet
jam oun bontech oun nov phlov
luy ot krob chay te bong
nov phteah mnak eng ot sabay
nak na tha reung nis pit
kom share tov ke tha kohok
oun chhoeu tver kar ot ban
sdab oun niyay sen
bong sok sabay te thngai nis
ey ban yum oun
knhom ot chong tov rean te
lok kru oy kej kar chreun
nham tea nas tov nhom leng
bong khoeng oun hz meng""".splitlines()

MIXED = """ខ្ញុំ ok ទេបង
bro អើយ ទៅណា
page នេះ fake ទេ
thank you បងស្រី
ថ្ងៃនេះ happy ណាស់
សុំ link ផងបង
ម៉ោង 7 meet គ្នានៅ cafe
delivery យឺតណាស់ថ្ងៃនេះ
ខ្ញុំ sorry ណាស់
ចង់ទិញ laptop ថ្មី
សួស្តី everyone
ព័ត៌មាននេះ true ឬ false
ខ្ញុំ tired ណាស់
video នេះកំប្លែងណាស់
ខ្ញុំ agree ជាមួយបង
ទៅ shopping ទេ
សុំ Wi-Fi password
camera ទូរស័ព្ទនេះល្អ
ខ្ញុំ proud នឹងប្អូន
do not share ព័ត៌មានក្លែងក្លាយ
dinner យប់នេះនៅណា
សុំ location ផង
ខ្ញុំ like ម្ហូបខ្មែរ
teacher ខ្ញុំ nice ណាស់
good night បងប្អូន
status ថ្មីរបស់គាត់
ខ្ញុំមិន understand ទេ
ទិញ ticket ហើយ
breaking news ភ្លើងឆេះផ្សារ
ខ្ញុំ confirm ហើយ
email ទៅលោកគ្រូ
សុំ phone number
sale 50% ថ្ងៃនេះ
ខ្ញុំ lucky ណាស់
comment ខាងក្រោម
online class ថ្ងៃនេះ
ខ្ញុំ boring ណាស់
share ទៅ group
post នេះ viral ហើយ
ខ្ញុំ excited ណាស់
unfriend គាត់ហើយ
scan QR ដើម្បីបង់លុយ
birthday party ថ្ងៃស្អែក
ខ្ញុំ hungry ណាស់
bye bye បង
ថ្ងៃនេះ meeting ម៉ោងប៉ុន្មានបង
ខ្ញុំ like post នេះណាស់
សូម share ដល់មិត្តភក្តិ please
live ថ្ងៃនេះម៉ោង 8 យប់
ព័ត៌មាននេះជា fake news ទេ
ទិញ online ឆាប់ណាស់ delivery ល្អ
Happy new year បងប្អូនទាំងអស់គ្នា
ខ្ញុំ busy ណាស់ថ្ងៃនេះ sorry
vaccine នេះ safe ឬអត់
check inbox ផងបង
ខ្ញុំ miss you ណាស់
game នេះ hard ពេក
អ្នកណាមាន promotion ល្អ
update ថ្មី phone ខ្ញុំគាំង
ទៅ coffee shop ជាមួយគ្នា
good luck ប្អូនៗ ប្រឡង
លក់ iPhone ថ្មី price ល្អ
ខ្ញុំ don't know ទេ
page នេះ post តែ rumor
thank you ច្រើនបង
សូម follow page ខ្ញុំ
weekend នេះទៅ beach
exam ជិតមកដល់ហើយ stress ណាស់
boss ខ្ញុំ angry ណាស់
ស្រលាញ់ forever
ខ្ញុំ download app ថ្មី
group chat នេះរំខានណាស់
wifi នៅផ្ទះ slow ណាស់
ម្ហូបនេះ delicious ណាស់
សូមទោស I was late""".splitlines()

OTHER = """Ça va très bien merci
Qué bonito día hace hoy
Apa kabar semua teman-teman
Chúc mọi người ngủ ngon
Ich habe keine Zeit heute
Kumusta ka na kaibigan
Muito obrigado pelo carinho
Che bella giornata oggi
Dit is niet waar
Jangan percaya berita palsu
Hôm nay tôi rất vui
Wo ist der Bahnhof
Mahal kita
Não acredito nisso
Dónde está la estación
C'est une fausse information
Kita semua harus bersatu
Bạn có khỏe không
Guten Appetit allerseits
Ang ganda ng panahon ngayon
Ci vediamo domani
Boa noite a todos
Je suis très fatigué
Estoy muy cansado hoy
Sampai jumpa lagi
Tôi yêu Việt Nam
Sehr gut gemacht
Salamat sa tulong mo
Buona notte a tutti
Bom trabalho pessoal
Mạng hôm nay chậm quá
Selamat ulang tahun
Feliz cumpleaños amigo
Joyeux anniversaire
Herzlichen Glückwunsch
Maligayang kaarawan
Parabéns pelo aniversário
Buon compleanno
ยินดีด้วยนะ
生日快乐
С днём рождения
생일 축하해요
お誕生日おめでとう
🎂🎉🎈
2024-05-01 08:30
Je ne crois pas du tout à cette nouvelle
Bonjour à tous, bonne journée
Hola amigos, ¿cómo están hoy?
No creo que esto sea verdad
Selamat pagi semua, apa kabar
Saya tidak percaya berita ini
Xin chào mọi người, hôm nay trời đẹp quá
Tôi không tin tin tức này
Guten Morgen, wie geht es euch
Das ist eine Lüge, glaubt das nicht
Magandang umaga sa inyong lahat
Hindi totoo ang balitang ito
Bom dia a todos, tudo bem
Isso é mentira, não compartilhe
Buongiorno a tutti, come state
สวัสดีครับ วันนี้อากาศดีมาก
ข่าวนี้ไม่จริงนะครับ
大家好，今天天气很好
这个消息是假的
Привет всем, как дела
Это фейковая новость
안녕하세요 여러분
이 뉴스는 가짜입니다
こんにちは皆さん
このニュースは嘘です
😂😂😂👍👍
🙏🙏🙏
12345 6789
!!! ??? ...
🔥🔥🔥 100%
Merci beaucoup pour votre aide
Gracias por todo, los quiero
Terima kasih banyak teman
Cảm ơn các bạn rất nhiều
Vielen Dank für eure Hilfe
Salamat po sa lahat
Obrigado pela ajuda de todos
Grazie mille a tutti voi
ขอบคุณมากครับ
谢谢大家的支持""".splitlines()

NOISE = ("", "", "", " 😂", " 🙏🙏", "!!", " ...", " #news", " https://example.com/p/123", " 👍", "?")


def _posts(fragments: list[str], label: str, rng: random.Random, n: int = 85) -> list[dict[str, str]]:
    posts = []
    for i in range(n):
        parts = [fragments[i % len(fragments)]]
        if i >= len(fragments):
            parts.append(rng.choice(fragments))
        posts.append({"text": " ".join(parts) + rng.choice(NOISE), "lang": label})
    return posts


def _mixed_posts(rng: random.Random, n: int = 85) -> list[dict[str, str]]:
    posts = [{"text": t + rng.choice(NOISE), "lang": "mixed"} for t in MIXED]
    while len(posts) < n:
        km, en = rng.choice(KM[:-4]), rng.choice(EN)
        text = f"{km} {en}" if rng.random() < 0.5 else f"{en} {km}"
        posts.append({"text": text, "lang": "mixed"})
    return posts


def build() -> list[dict[str, str]]:
    rng = random.Random(20261123)
    return (
        _posts(KM, "km", rng) + _posts(EN, "en", rng) + _posts(KM_LATN, "km-latn", rng)
        + _mixed_posts(rng) + _posts(OTHER, "other", rng)
    )


def main() -> None:
    out = Path(__file__).parent / "langid_eval.jsonl"
    lines = [json.dumps(p, ensure_ascii=False) for p in build()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} posts to {out}")


if __name__ == "__main__":
    main()

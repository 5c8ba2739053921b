# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Romanized Khmer (Khmer typed in Latin letters), written wide: whole posts only.

Spelling varies on purpose the way people type it (knhom/khnhom/nhom, bong/bang, ot/at/ort, te/tey,
hz/hoy/haey, nas/nah, luy/lui/loy, kohok/kohork, ...), with English words mixed in (share, link,
page, inbox, admin). Fabricated notices and hoaxes next to the debunks and official warnings that
quote them; insults, hate, veiled threats and grooming indicators next to banter, news, harsh
political criticism and buy-and-sell posts that share their vocabulary.

All people are invented; officials appear only by role. Child-safety material is indicator level
only, never sexual description. Hate speech is kept at indicator level."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme

_STRATUM = "wide2"


def _latn(key: str, posts: list[str], **fields: Any) -> Theme:
    """A theme of romanized-Khmer whole posts, each used once (its own family)."""
    return Theme(key=key, templates={"km-latn": posts}, source="handwritten", stratum=_STRATUM, **fields)


THEMES: list[Theme] = []

THEMES.append(
    _latn(
        "wl-fake-notice",
        [
            "Krasuong abrum chenh sechkdey chun dom nung tha sala rean teang os nung bet 2 khae chab pi thngai chan krouy dobsa kam kdov klang. Mak ov trov riep chom kon nov phteah.",
            "krsuong sokhapibal prokas: chab pi saek nis mnus del ot ban chak vaccine dos ti 4 min ach chenh pi khaet ban te. mean likhet nov knong group ORT KOH 🙏",
            "Sechkdey chun dom nung pi Krasuong Kar Ngea: kammakor roung chakr teang os nung ban luy oy bonthem 300$ mnek, trov chuh chhmous tam link nis mun thngai 15.",
            "News tmey: Krasuong Mohaphtey somrech pdo cart identity tmey teang os, cart chas lerng brer ban pi khae krouy. Kom plich tov pdo mun bet.",
            "Krom hun akki sani prokas tha chab pi khae kraoy, phteah na brer pleung lers 200 kWh trov bong pnheu bonthem 2 dong. Nis chea sechkdey samrach pi krasuong rouch hz.",
            "mean sechkdey pi krasuong obrum tha siss rean thnak ti 12 min ach brolong ban te bae ot mean sombot brolong ti 2 pi sala. Tinh nov sala bet 50$ mnek",
            "Prokas: Krsuong Setthakech chenh loy thmey krdas 500 000 riel, loy chas 50 000 nung lerng brer pi thngai 1 khae krouy. Dom roung luy tov pdo nov thniea.",
            "Phnom Penh lerng oy jis moto pi thngai 1 kdov tov 15 ke. Krasuong sathearanakar prokas rouch hz, neak jis nov tae trov pinhey 500 000 riel.",
            "Krasuong Kaspi prokas tha chab pi chhnam kraoy, kmeng kert thmey min ach chuh sombot kamnert ban te bae ov mday ot mean cart rok. Brayat oy men.",
            "Sechkdey chun dom nung: brak sontenh chas chea teang os trov chab pdaem pinhey pi khae nis, loy chong oy lerng 10%. Mean sechkdey teang os nov knong rob thot.",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _latn(
        "wl-fake-health",
        [
            "Dak khtim sor 3 kambet knong tuk kdov phek mun keng, kom loy pi 3 thngai kos trocheak hz khmaouch kos ot mean dae. Knhom sakl pi mday knhom pit pit",
            "Kroup mean jom ngu sko, kom nham bay sor tiet, nham pongtea chean 5 kroup rolk pruk vinh, rohut teang sko phlam. Pet knhom brab rouch.",
            "bak tuk doung 1 kaev + ombel 1 sloap kaeb, phek reang pruk tov ot trov phek thnam chamrong sa tiet. doctor min chong oy yeung doeng te nas",
            "Mean pet pi Thai niyeay tha vaccine del kmeng chak nov sala mean chip tuch sa sa, tam dan kmeng ban. Oun bong kom oy kon chak hoy na.",
            "Tuk kdov somlab mer rok covid ban, phek 1 kaev kraoy bay rol pel, ot trov pak mask tiet te. Japan sakl rouch.",
            "Bai kdov chamin tuk rorngea sreoch jea chong chom, sa sa brain del ban kdov bong khouch jea teang os, muk rok mohareek. Kom nham pi restaurant tiet.",
            "Teuk kakau khmae kang mean thnam del orng ot ban prab: phek jea rial kos ban thlaam muy shoh, rohut luh roeng tiet. Kru Khmer knong phum nhom phlouv pi mon hz",
            "Dak dombang teuk kok lae chaek chheu oy kmeng sa ki, pet niyeay tha kde nis kamchat kdov ban ruos 10 nateu. Min bach tov mouy pet te.",
            "Krouch chhmar + ampil tom phek reang pruk, 2 atit kos rok ngeam sdach tlarm chea hz. Bong srey knhom dak tam rouch ot phek thnam pet tiet.",
            "chhkae srae pel nis klang nas, ke niyeay tha mean virus tmey chlong pi chhkae mok monus tam phlouv kyal. Kom chenh pi phteah pel yub.",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _latn(
        "wl-fake-disaster",
        [
            "Tumnob Mekong chhnam nis nung baek yub nis!! tuk nung lich Kandal, Kampong Cham teang os. Jenh pi phteah mun 12 yub!!",
            "Keng sapiep pi neak chompeak kar Japan: mean kompos tuk samut (tsunami) nung mok dol Kep nung Kampot thngai sok nis. Kom tov samut.",
            "Lbeng pi NASA: thngai 24 nis pphen dey nung ngngeut 3 thngai, tinh tien ruos tuk oy ban chraen. Ot lengsech te nas bong.",
            "pel nis pleung chhes penh psar thmey hz, ke thha mean neak slab 40 nak, pontey niyeay tha ban 5 ponnoh. Kom jeu pontey.",
            "Mean rolk dei chum vinh Kampong Speu yub mun, phteah rolom 30 knong, rodthaphibal lak min oy ke dong. Neak phum knhom jeu pit.",
            "Chhnam nis kdov 45 ongsa, krasuong min prokas te pruos khlach bas. Kmeng nung chas min trov chenh pi 10 prik dol 4 lngeach laey.",
            "Tuk pleung Phnom Penh nung dach 7 thngai chab pi saek, pruos roung chakr pleung khouch. Tinh dom tiem nung pleung kang oy ban chraen.",
            "Kuch tuk nov Siem Reap mean virus del slab trey teang os, kom nham trey pi Tonle Sap 1 khae nis. Neak nesat knhom brab.",
            "Kompleung chhes roung chakr gas nov Sihanoukville chhnay 5km mean phsaeng pul, neak nov jit trov ruot chenh phlam. ot mean ke niyeay te mok.",
            "Stop tinh angkor! Angkor chhnam nis ot lors, doem srov teang os ngeab daoy sa tuk thlaem. Tlai angkor nung laeng 3 dong khae krouy.",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _latn(
        "wl-fake-scam-giveaway",
        [
            "🎉 Bank ABC chhlong khuop 20 chhnam chaek luy 100$ oy ouk kar teang os! Chuch link nis bampen chhmous + lekh kart + OTP dae ban. Mean tae 500 nak bonnoh.",
            "Smart Axiata chaek data 50GB free sompotmeas Chol Chnam, chuch link bit.ly/... hz share tov 10 group. Knhom ban rouch pit pit 🔥",
            "ABA Bank oy luy 50$ neak prae app yu jeang 3 chhnam. Chuch link krom nis, bampen PIN rouch luy chol tam.",
            "Krom hun Honda prokas chaek moto Dream 10 krueng sompot khuop 30 chhnam. Like page + share + comment lekh dtorasab dae ban 🏍",
            "Kraol app Wing tmey, chuh chhmous dombong ban 25$ free. Link nov comment, ot brolong pel yub nis pit bong",
            "Ai chong ban iPhone 15 Pro 1$ mean tae 100 krueng ptei! Phnher 1$ tov lekh ABA nis, srach rouch 2 thngai ke pnheu tov dol phteah.",
            "Krasuong Kasekam chaek chi mouy bav kasekor 5 bav mnek free, chuh chhmous tam link nis mun 31 ni khae nis. Trov pnheu rup kart ptey.",
            "Kmeng sala rean na chuh chhmous tam link nis ban kumkar phsaeng luy 30$ mnek pi UNICEF. Mday ov bampen lekh kart ID + bank.",
            "Mean job tver nov phteah 1 thngai 2 mong ban 80$/thngai. Like video mouy ban 5$. Inbox admin oy ke pnheu link oy. 100% pit",
            "Page Lucky Cambodia kampung chaek luy 200$ 1000 nak, trov chuh chhmous nung bong 5$ sen cheat ko ban luy.",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _latn(
        "wl-fake-quote-election",
        [
            "Rothmontrei krasuong obrum niyeay tha 'kmeng srok srae min bach rean dol thnak ti 12 te, chea kamlang pulakor ban hz'. Kmas menteng!!",
            "Video leak: ovum taman khaet niyeay knong pithi mouy tha 'neak na min chol chet rodthaphibal, chenh pi brates tov'. Ke kat lub pi TV hz, teang pel ke share.",
            "Chaov vay Khaet niyeay knong pratchum tha 'tuk lich phteah chea karma robos neak phum', mean video kong hz, kom oy ke lub.",
            "Loukkru thom KSS prokas tha 'srey min gourv rean kompuong te'. Knhom jea srey min ach tol ban te.",
            "Kar bohchhnaot khaet chhnam nis pdo tov thngai ateit, tae krasuong min prokas pruos chong oy neak prochea min ban tov. Share chun knea doeng",
            "Bae ot mean cart rok chol tmey, tov bohchhnaot min ban te, trov bong 10$ nov kanlaeng bohchhnaot dae chas.",
            "Ke ban roap sonlek chnaot chab pi mun hz, 1 lean sonlek kleng pi sangkat 3. Bohchhnaot ot brayoch te oun bong.",
            "Bohchhnaot ban tam telephone ban hz chhnam nis, chuch link nis bampen chhmous nung lekh ID mun kar chnaot chab pdaem.",
            "Neak del ot tov bohchhnaot nung trov kat chhmous pi bonji ID nung min ban cart pathampel tiet. Chbab tmey chenh rouch.",
            "Ovum Rothmontrei niyeay knong video: 'neak prochea kror mean lui 2$ mnek thngai kos kroup krong hz'. Video nov knong group ke lub rouch.",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _latn(
        "wl-fake-chain",
        [
            "SHARE MUN KE LUB!!! Yub nis mean kmeng 3 nak trov ke chab luoch nov Tuol Kork, chor chis lan Prius khmao. Mday ov tam kon oy jit.",
            "share oy chraen bong b!! Kom prae app Telegram pel nis, police ach an sar teang os haey chab neak niyeay ot la pi rodthaphibal.",
            "Kom tinh sach chruk pi psar Orussey 1 atit nis, mean chruk rok jhkhaot 100 kbal ke lak chol psar. Share ort kidthlai.",
            "Sar nis mok pi group police: yub nis 11 mong ke nung sot pleung pi pnom tuk, bit tuk phteah oy jit. Share tov krusa teang os.",
            "Chab pi thngai saek Facebook nung yok luy 5$/khae pi neak prae. Bae min chong bong, copy sar nis post laeng. Mun 12 yub.",
            "Sdap oy jit: mean monus 2 nak pak aov sor doer kos tvea phteah somrab thngai chrou, min men pdey brapuon te, pit jea chor. Share!!",
            "kom chab telephone lekh ke hau pi 088 xxxx pel yub, ke hau phlam ban luy os pi bank 🥲 share bong srey knhom trov rouch",
            "Lekh ABA del jap pdaem nung 000 nung trov bet teang os thngai sok, trov tov update nov bank phlam mun bet. Share share",
            "Trey kompong nov psar Doeum Kor mean chak formol, nham hz kroch tlaem. Ke lak tae min oy doeng. Share mun page ke lub chol",
            "Copy paste mun ke chob: knhom min anunhat oy Facebook yok rup knhom tov brae... chbab tmey chenh thngai nis, min post te ke yok ban teang os.",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _latn(
        "wl-fc-family",
        [
            "Mak, sar del mak pnheu mok tha sala bet 2 khae nos ot pit te. Krasuong ot del chenh sechkdey bep nis te, knhom chek page krasuong rouch.",
            "Pa kom share video vaccine mean chip nos tiet nas. Video nos ke kat pi film, pet nov mondi pet ban niyeay tha chea bok.",
            "Bong srey, sar 'tuk kdov somlab covid' nos fake hz. Pet Japan min del niyeay bep nis te, kom jeu.",
            "Yeay, kom pnheu luy tov lekh del ke hau tha chea chao yeay nov Korea nos. Knhom tov hau chao pit rouch, vea min del hau luy te. Chor bok!",
            "Oun, link ABA chaek 50$ nos kom chuch, bank ot del chaek luy tam Messenger te. Ke chong ban OTP oun tae ponnoh.",
            "Ta, sar tha tumnob baek yub nis nos ot pit te. Krasuong tuk tov prokas tha kompos tuk nov tae thommeta. Ta keng skob chet.",
            "Pou, chbab chis moto yub min trov te. Knhom chek nov website krasuong sathearanakar hz, ot mean sechkdey nos te. Page nos sa pi 2 chhnam mun.",
            "mak oun kom dak khtim sor knong kdov oy kmeng phek nas, pet niyeay tha ach yok bongkot chomngeu krapeah. Tov pet vinh.",
            "Bong prosa, sar 'facebook yok luy 5$' nos kohok tang pi chhnam 2012 mok mles. Min bach copy paste te 😅",
            "Mday kmek, rup chruk rok nov psar Orussey nos rup pi Vietnam chhnam 2019. Knhom search google rup ban ke nhom.",
            "Ov, video ovum niyeay 'kmeng srok srae min bach rean' nos ke kat taot oy khos. Video pen mean 20 nateu, kat yok tae 5 vinati.",
            "Bong, sar 'ot mean vaccine dos 4 chenh khaet min ban' nos ort pit tey. Krasuong sokhapibal prokas tha ot mean bompean nis te.",
        ],
        neg_kind="fact_check",
    )
)

THEMES.append(
    _latn(
        "wl-fc-comment",
        [
            "Admin oy chek sen mun post. Sar nis ort pit te, krsuong abrum ort del chenh sechkdey bet sala te. Page krasuong mean post pdeu pi msel.",
            "kohok te bong. Rup nos ke edit, bong search rup nos nov Google lens nung kheunh rup dae pi nov India.",
            "Merl page phlauv kar sen, page nos min men blue tick te, ke tung page thmey pi 3 thngai mun. Kom jeu 🙏",
            "reply @Sokha: chea bok hz bong. Kar bohchhnaot ot ach chnaot tam telephone te, trov tov chnaot nov kanlaeng chnaot pontae mouy.",
            "Fake hz! Honda ot chaek moto tam page Facebook te. Knhom hau tov hang Honda pit rouch, ke niyeay tha ke min del mean kamvithi nis.",
            "Kom share tiet bong, Sar nis kohork 100%. Chbab min trov bong 10$ tov chnaot te, chnaot gratis.",
            "@Dara sar nos ot men pit te. Ke thoat pi page satire. Ke chea page leng sech, min men pormean.",
            "Kohok te, iPhone 1$ ot mean te bong. Bae ke oy bong phnher luy mun, chea chor 100%.",
            "Nis chea kar pdey kompos tuk tumnob ot pit te. Krasuong tuk nung pleung prokas rouch tha tumnob nov sok sabay. Link prokas pit nov comment.",
            "nhom kheunh ke share sar nis chraen nas, tae at pit tey. Rothmontrei min del niyeay peak nis te, video nos AI voice.",
            "Bong, chek mun share. Kar sar 'tuk pleung dach 7 thngai' ot pit te, EDC chenh prokas bodiset rouch.",
            "Min pit te nas bong, kompleung chhes Sihanoukville ot mean phsaeng pul te. Police khaet prokas rouch tha chea kompleung tuch, pontout ban hz.",
            "Merl date rup sen bong, rup nos pi chhnam 2016 nov khaet ke, min men thngai nis te. Chea rup chas yok mok tver sar thmey.",
        ],
        neg_kind="fact_check",
    )
)

THEMES.append(
    _latn(
        "wl-fc-page",
        [
            "[FACT CHECK] Sar 'Krasuong Mohaphtey pdo cart identity teang os' ot pit te. Krasuong ot del chenh sechkdey nis. Cart chas nov tae brae ban dol pel phut kamnot.",
            "CHEK KARPIT: rup 'chruk rok 100 kbal nov psar' chea rup chas pi chhnam 2019 pi brates ke. Ot mean karpit nov Phnom Penh te.",
            "Page yeung chek rouch: video 'ovum niyeay neak prochea mean 2$ kos krong' ke dak samleng AI. Samleng pit ot dauch te. Sar nis fake.",
            "Sdap tha 'dak khtim sor knong kdov phek' ach pyeabal rok ban? Ot pit te. Pet chomnanh praeb tha vea ach tver oy kdov krapeah. Tov pet vinh.",
            "Pdol damnung: sar 'Facebook yok luy 5$/khae' chea kar kohok del vil mok vinh ruol chhnam tang pi 2009. Copy post laeng min chuoy ey te.",
            "Chek fact: Ot mean 'loy krdas 500 000 riel' te, rup nos ke tver nov Photoshop. Thnea Cheat min del prokas pdo loy te.",
            "Sar 'tuk pleung dach 7 thngai' ot pit. Yeung ban hau tov EDC, ke niyeay tha mean tae kar juos jul kanlaeng 4 mong nov sangkat 2 ponnoh.",
            "Kar chek: 'Bank ABC chaek 100$' chea link phishing. Domain 'abc-gift-kh.xyz' min men robos bank te. Bank pit min del som OTP tam link te.",
            "Video 'tsunami mok Kep' nos chea video nov Indonesia chhnam 2018. Krasuong brithvi min mean prokas keng sapiep ey te. Kom phey.",
            "Post nis ke share lers 10K dong hz, tae ot pit. Kar bohchhnaot ot pdo thngai te, kanlaeng chnaot baek tam kamnot dae.",
            "Fact check 🔎 'vaccine mean chip tam dan' = MIN PIT. Vaccine min mean chip ey te, video nos yok pi film science fiction.",
            "Chek karpit: 'chbab tmey chis moto yub pinhey 500 000' ot mean te. Kar dtoam chbab chorachor kaet tae mak helmet nung kar baek lbeun.",
        ],
        neg_kind="fact_check",
    )
)

THEMES.append(
    _latn(
        "wl-fc-chat",
        [
            "A: bro kheunh sar tha sala bet 2 khae ot? B: kohok hz bro, krasuong post bodiset tang pi pruk. Kom share tiet.",
            "ke share knong group mday ov nov sala tha mean kmeng trov chab. nhom hau tov police hz, ke thha ot mean rueng nis te. sar chor bok sa sa",
            "Bong ai share sar 'telegram police an ban' mok nis, kom jeu nas. Nis chea sar kohok del ke tver oy phey ponnoh.",
            "Mit knhom pnheu link Wing 25$ mok, knhom sa hz tae merl domain tov min men Wing te. Fake hz, kom chuch nas a pouk.",
            "Pi mun knhom ka jeu sar 'kdov 45 ongsa' dae, tae krasuong brithvi prokas tha kdov khpos bamphot chhnam nis 39 ongsa tae ponnoh.",
            "Yey knhom jeu tha tuk kakau chea thnam plam, tae pet brab tha vea min chuoy ey te. Yeung jeu pet vinh nas 🙏",
            "Ke kohok tha angkor laeng 3 dong, mnus roap tinh tuk oy chraen. Kasekam brab tha srov nov sok, tlai ort laeng tey.",
            "Reply: bong pnheu rup 'moto Dream chaek' mok knhom, tae page nos chea page kohok. Honda pit mean tae page mouy, mean blue tick.",
        ],
        neg_kind="fact_check",
    )
)

THEMES.append(
    _latn(
        "wl-warn-official",
        [
            "Brayat! Bank yeung min del som OTP, PIN rue password tam telephone, SMS rue Messenger te. Bae mean ke som, sum kom pdol oy ey.",
            "Snong kar nokorbal Phnom Penh sum chun dom nung: mean chor kleng khluon chea police hau telephone tha bong mean rueng, oy phnher luy. Police pit min del som luy tam telephone te.",
            "Kom chuch link del ke pnheu tam SMS tha 'kong kanhchob robos bong trov juos jul'. Kromhun yeung min del pnheu link bep nis te.",
            "Sechkdey chun dom nung: Page 'Krasuong Abrum Official 2024' min men page robos krasuong te. Page pit mean blue tick tae mouy. Sum report page kleng nos.",
            "Brayat chea pises: ke tung page kleng chea bank yeung, prae logo dauch, kar chaek luy. Sum chek page pit mun chuch ey teang os.",
            "Smart sum chun dom nung: yeung min del chaek data free tam link pi kraw te. Promotion pit mean tae nov app nung website yeung ponnoh.",
            "Nokorbal khaet sum chun dom nung mday ov: mean ke bantok sar tha 'kon ov ban krusthnak, oy phnher luy pet'. Sum hau tov sala rue kon phtal mun.",
            "Bank chun dom nung: kom prae WiFi sathearanak pel chol app bank, kom dak app pi link kraw Play Store / App Store.",
            "Krasuong Abrum ot del chenh sechkdey bet sala te. Sechkdey pit teang os mean nov page nung website krasuong. Kom jeu sar del ot mean brapoap.",
            "Brayat job online kleng: 'like video ban 5$' chea kar bauk. Dombong ke oy luy tuch, kraoy mok ke oy bong phnher luy chraen. Police sum chun dom nung.",
            "Kom lak account Facebook rue bank oy neak dtei. Account bong ach trov ke prae tver bauk nung bong trov tveu khos chbab.",
            "Chun dom nung pi Wing: staff yeung min del som PIN te. Bae ke hau mok tha chea staff nung som PIN, sum dak telephone chol phlam.",
            "Sum brayat kar tinh eivann online pi page tmey: kom phnher luy mun bae ot skal neak lak. Sum prae kar bong pel dol (COD).",
            "Krasuong Sokhapibal sum chun dom nung: ot mean vaccine thmey ey del trov chak dol phteah te. Bae mean ke mok phteah som chak, sum hau tov mondi pet.",
            "Nokorbal chun dom nung: mean chor hau tha bong chnea lucky draw, tae trov phnher 'pontaklear' mun. Kar chnea pit min del trov bong ey te.",
        ],
        neg_kind="official_warning",
    )
)

THEMES.append(
    _latn(
        "wl-warn-official-2",
        [
            "Kom oy lekh OTP tov nak na teang os, sou dbi ke niyeay tha mok pi bank, police rue krasuong. Yeung min del som OTP te.",
            "Page pit robos yeung mean tae 1 ponnoh. Page del mean chhmous dauch yeung tae ot blue tick chea page kleng. Sum report nung block.",
            "Chun dom nung: sar 'chuh chhmous ban kumkar UNICEF 30$' chea kar bauk. UNICEF min del som lekh bank rue ID tam link te.",
            "Krasuong kar ngea ot del chaek luy 300$ oy kammakor tam link te. Sum kom bampen ID nung lekh bank nov website min skal.",
            "Telecom yeung sum chun dom nung: SIM swap scam kompung kaet. Bae SIM bong srab tae min mean signal, sum hau tov call center phlam.",
            "Brayat QR code kleng! Chor yok QR robos ke bet pi leu QR hang. Merl chhmous neak totuol mun bong luy rol pel.",
            "Snong kar police brayat Bankok sum chun dom nung: kom dak app 'Remote' tam kar nenoam neak min skal. Ke ach yok luy knong account ban.",
            "Nokorbal sum chun dom nung: mean neak kleng chea staff EDC chol phteah som luy 'check miter'. EDC pit mean card staff nung min del yok luy jea sach te.",
            "Bank sum brab: link 'update account' del pnheu tam Telegram chea link chor. Yeung min del oy update account tam Telegram te.",
            "Chun dom nung pi Sala Kaet: mean chor kleng chea mondi sala kaet som luy pdo sombot. Sum tov tver phtal nov sala kaet, kom bong luy oy neak kraw.",
            "Chun dom nung: video AI prae muk nung samleng nak doeng, oy invest knong crypto, chea kar bauk. Nak doeng ot del phsaiy bep nis te.",
            "Brayat neak del kleng chea 'kru pet' chaek thnam tam live TikTok. Thnam ot mean chbab, ach ker krus thnak dol sokhapheap.",
            "Sum mday ov brayat: ke pnheu link game 'top-up free' oy kmeng, kraoy mok ke yok account Facebook. Kom oy kmeng chuch link ke.",
            "Nokorbal chun dom nung: kom jeu sar del tha police nung dtoam Telegram. Ot mean kar prakas bep nis te, ta sar nis ach jea link bauk.",
            "Brayat loy kleng 100$ nov psar, sum merl line sontesuk nung pan lekh. Bae sanksay sum yok tov bank chek.",
        ],
        neg_kind="official_warning",
    )
)

THEMES.append(
    _latn(
        "wl-news",
        [
            "Police khaet Kandal chab ban buros 3 nak pak pon knong kar bauk luy tam online, yok luy ban chong 20 000$ pi neak rong krus.",
            "Kompleung chhes phteah 2 knong nov sangkat Teuk Thla yub mun, ot mean neak rong robuos te. Mleng pleung prab tha mok pi kheang pleung.",
            "Tuk tunle Mekong nov Kratie laeng khpos 10m thngai nis, krasuong brab neak rous nov moat tunle oy brayat.",
            "Tlai sach chruk nov psar Phnom Penh chhnam nis laeng 2000 riel/kilo, neak lak niyeay tha chruk ot sou mean.",
            "Sala rean 15 nov khaet Takeo trov chab pdaem rean vinh thngai chan, kraoy ket bet pruos tuk lich 2 atit.",
            "Krasuong Sokhapibal prokas tha kar chlong dengue chhnam nis chraen chang chhnam mun, sum mday ov brayat kmeng nung mous.",
            "Kar brolong sombot thnak ti 12 nung brarpet nov thngai 6-7 khae 11. Siss rean lers 100 000 nak nung chol ruom.",
            "Bong srey trov ke chhapp kabob nov kaeng phlouv Monivong, police kompung sokam neak chhapp. Ke sum neak mean CCTV chuoy pdol.",
            "Rodthaphibal prokas thngai chhob somrak 3 thngai somrab Pchum Ben. Kar doeng kar tov srok brab oy brayat kar baek lbeun.",
            "Krom hun 2 bet roung chakr tuk khaet Kampong Speu, kammakor 800 nak kompung som brak khae chong kraoy.",
            "Mnus 4 nak rong robuos kraoy lan dek dumnenh 2 bok knea nov phlouv cheat lek 4 yub mun.",
            "Khaet Siem Reap totuol phnhev tesachor 1.2 lean nak knong 6 khae dombong, laeng 20% chea chhnam mun.",
            "Tonle Sap chhnam nis trey tich chea mun, neak nesat nov khaet Pursat niyeay tha chhob mean chomnuol.",
            "Tolakar sala dombong chat tos 5 chhnam nov neak ban bauk luy tam Facebook, neak rong krus 30 nak ban luy vinh khlah.",
            "Kar sang spean thmey chlong tonle Bassac kompung doeng, nung bonh chob chhnam 2026 tam krasuong sathearanakar.",
            "Tlai sang laeng tov 4 500 riel/litre atit nis, neak baek tuk tuk thha chomnuol thlak chos.",
            "Neak phum Kampong Chhnang 50 krusa tov tver banhchoun lik dey tov sala khaet, sum oy doh srae dey.",
            "Police chab kmeng 2 nak lueng moto 10 krueng nov Phnom Penh, yok moto ban vinh 7 krueng oy mchas.",
            "Bank cheat Kampuchea prokas rakca atrea kar brak 4 000 riel/dolla knong khae nis.",
            "Sala kaet Battambang baek kar pdol cart ID thmey 7 thngai knong 1 atit, pi khae kraoy.",
        ],
        neg_kind="news_report",
    )
)

THEMES.append(
    _latn(
        "wl-polcrit",
        [
            "Spean del sang ban 2 chhnam kos baek kbal hz, luy pontoh rab lean dolla tov na? Krasuong trov chlarm chek, min men ot mat dauch pi mun.",
            "Chaov vay sangkat chea tae tver ka ey? Phlouv nov phum knhom kdauk 10 chhnam hz, tae phteah ke thom laeng ruol chhnam.",
            "Rodthaphibal niyeay tha setthakech laeng, tae brak khae kammakor nov tae 200$ sreng, tlai sach laeng tov hz. Laeng somrab nak na?",
            "Krasuong abrum chenh pahlmarhk rean thmey ruol chhnam tae kru nov ot ban brak khae krob. Ke gourv doh kru mun.",
            "Police chab tae neak tuch tuch, chor thom thom del mean khnorng min del ke chab te. Chbab sombot tae neak kror.",
            "Kar sanyea 'tuk pleung tlaok' jea tae peak nov rodo bohchhnaot. Bohchhnaot jaet, tlai pleung laeng vinh. Pel na kaet sanyea?",
            "Mondi pet rodth mean tae kreng pet thmey sa sa, tae pet ot nov. Pet nov tae klinic ek chun. Bonh na dae?",
            "Bae chaov vay khaet min ach doh tuk lich ban, sum laeng chenh te. Neak phum rong krus ruol chhnam dol pel nis.",
            "Khmas menteng. Rothmontrei mouy bak moat lerng tha neak prochea 'min chesh sen luy', tae khluon eng chis lan 200 000$.",
            "Tax laeng, tlai sang laeng, tae srav sokhapibal nov tae dael. Luy pontoh yeung tov na? Chong ban chomlaey.",
            "Sala rean nov srok srae tuk lich tae min del mean ke mok chuoy. Mean tae mok tot rup oy TV pel rodo bohchhnaot.",
            "Rodthaphibal kat dey prey lich 1000 hectare oy kromhun, tae tha chea 'abhivath'. Abhivath somrab nak na bae neak phum bat dey?",
            "Khaet nis smos nas, sonlak rov bap tveu phlouv rouch tae phlouv khouch vinh knong 6 khae. Kontrak nis ke chek rue te?",
            "Tortuol sach kar nas, tae mondi knong sangkat chea klib sach, klang kompul dey. Chbab nov na?",
            "Ovum rothmontrei, bae ot doeng tlai sach nov psar sum chuos phteah chos tov merl pel pruk 1 dong. Neak prochea ot ban nham tae tai ponnoh.",
            "Kar chhlong dey nov khaet nis chea kar bauk neak phum. Mchas dey 30 chhnam ban krdas tae 10 hectare, kromhun ban teang os.",
            "Ke tha kar bohchhnaot serey, tae bae ot tov chnaot ke hau chhmous. Serey ey bep nis?",
            "Tuk mean bak ruol chhnam tae kar chuoy ot dol neak phum te. Tuk tang somrab kar chuoy tov na? Min ach niyeay tha 'kor ot mean luy' te.",
            "Chbab chorachor tver oy pinhey laeng 10 dong, tae phlouv kdauk, pleung somngat ot mean. Dtoam pinhey mun sen, chous phlouv phong.",
            "Dambong kar ngea reach tam khsae ke teang os. Koun chao ke chol kar ngea ban mong, koun neak kror pranang 5 dong ot chab.",
        ],
        neg_kind="political_criticism",
    )
)

THEMES.append(
    _latn(
        "wl-harass",
        [
            "Mi Srey Pov nis muk dauch kdam ches ngeuy, post selfie ruol thngai mean tae knhom merl ruos chhue pnhek 🤮",
            "a Visal jea chkae, kheunh luy ke kos tam dauch chkae tam chhang. Kmas mday vea del kert kon bep nis.",
            "Khluon thom dauch chruk, nov tae ach pak sampot klay? Tov haek kanhcheap sen oun 😂😂",
            "Mi nis ot mean ey sa ort, skot kdaeng dauch kon chhke ot mean sach, ke min ksam srolanh te",
            "Merl mi Channy pak kor chit, ches mnus oy tah aoy. Srey ot chheu kmas kdaeng dauch vea.",
            "Ah Bora oun tuh, ros nov tae prae luy mday, chet ot ban ey, kon pros ot ksam min chob. Kom tver jea nak chong knea tiet.",
            "Ke ban doeng hz na mi neang Lida jea srey bey dei, 3 nak hz knong 1 chhnam. Kom yok tver propon nas bros b.",
            "muk khmao dauch kdan, tnhem tae laor ey ban 😂 post tiet mtong knhom nung brab ke oy mok merl",
            "A chkae nis comment ey ka ot doeng, sleng doeng tae ssom tenh. Chhop niyeay tiet tov, kmas ke.",
            "Chas ka chas hz, nov tae chong leng TikTok, krom srey 40 ksam muk tae chong jea kmeng. Chab pnhe 😭",
            "Page nis jea page ah Kosal, vea bok luy ke 2 ran dolla. Ke share lekh telephone vea 012 ... hau mok vea chea mouy oy krub knea",
            "pouk ouy, mi nis del tver kar nov hang kafe tis nas, tov hau oy vea kmas knong muk ke 👉👉",
            "Haha mi Neary thom dauch tuk tuk, dor chol phteah ka ot ruoch. Kom phuk tiet srey.",
            "Kon mi Dara rean khlaov nas, mday vea khlaov dae, kromum dauch knea os. Kmeng klaov nis kom oy rean jit kon yeung.",
            "Ot mean mnus na chong ban vea jea propon te, muk dauch kon pkae kbal ot sak. Cheu nas mi nis 😂",
            "Mi nis chong jea nak sreng? Sleng dauch chhke hau chhnam. Bet muk tov kdi.",
            "Knhom ban rup vea pel rean thnak ti 9, muk ot mun vaing. Share oy ke merl vea del dauch neang ki.",
            "Srey ey pak aov bep nis tov vat? Kmas chab mday ov. Post rup vea oy ke chhee teang os.",
        ],
        abuse=("harassment",),
    )
)

THEMES.append(
    _latn(
        "wl-harass-pile",
        [
            "Pouk yeung teang os tov report account mi nis oy bet, vea post chhee ke ruol thngai. Comment 'kmas' nov rup vea oy ban 1000",
            "Ke tea pouk yeung chhee tam inbox ah Vannak, kom oy vea sok. Ot doeng pdey ey dae, brae luy tae kmas.",
            "Mi Sreyleak nis tam thngai nis jea 'mi bok' knong group nis. Ai kheunh vea nov na tot rup post mok.",
            "Comment 'chkae' oy chraen nov page vea, kom oy vea mean kar sambrot. Vea chol chet tver nak srolanh ke mun.",
            "Group nis tveu ruong mi Chanthou, ai mean rup kmas vea pnheu mok admin. Knhom nung post teang os yub nis.",
            "Kom chop tam vea, comment chhee teang 10 rup kraoy. Oy vea doeng tha vea min ach lak muk nov leu Facebook.",
            "Chorn ah Sophal tov sala vinh ka kom oy vea tver ey, pouk thnak yeung mok oy vea ot mean mit teang os.",
            "Ai ban lekh telephone mi nis? Mok yeung tveu spam hau vea 100 dong oy vea ot ban dek.",
            "Kom oy mi Rachana sok sabay nov leu online. Ke teang os doeng vea jea srey ot mean jet. Share screenshot vea.",
            "Yeung min chong oy ah Chea nov knong club yeung te, kmeng khmas khmiy. Chhob oy vea chol knong group tiet.",
            "Video vea daem, yeung dak muzik chhee oy viral. Mi nis ot mean ke skal, ach kmas sen.",
            "Tag mit vea teang os, oy vea kheunh tha yeung pit merl ngeay vea ponna.",
        ],
        abuse=("harassment",),
    )
)

THEMES.append(
    _latn(
        "wl-threat-expose",
        [
            "Tem tam knhom? Knhom mean rup ng chat ng pi mun. Pdol luy mok bae min chong oy knhom post knong group 😏",
            "Knhom doeng phteah ah Rotha nov na, sala kon vea nov na. Post oy ke teang os doeng, chhmous pit mday ov vea.",
            "Ah kdor ah nis tam comment knhom ruol post, ach tai ey? Chop chol tiet mtong knhom mok rok dol phteah.",
            "Knhom nung post screenshot chat teang os robos ah Piseth oy prapoan vea merl. Chorn tae vea doeng ko khlach hz.",
            "Oun brab bong, bae oun min tob inbox bong vinh yub nis, rup oun nung nov knong group 10K member thngai saek.",
            "Mi Malis, bae ot sang luy 500$ knong 3 thngai, knhom post video oun oy mday ov nung kanlaeng tver kar oun merl.",
            "Bae vea nov comment lub ke tiet, knhom nung bambaek address phteah vea oy ke teang os doeng. Ke nung tov ruok vea ey.",
            "Lbeng leng cheamuoy knhom ot brayoch te own. Knhom mean chat own cheamuoy mit own teang os. 1 pouk chat, 1 pouk rup.",
        ],
        abuse=("threat", "harassment"),
    )
)

THEMES.append(
    _latn(
        "wl-threat-veiled",
        [
            "Niyeay oy chraen tiet tov, phlouv tov phteah own ngngeut nas pel yub, ot doeng mean ey kaet rue te.",
            "Knhom skal moto a nis hz, plate lek 2AB-.... Thngai na chuob nov phlouv, vea nung chaim.",
            "Brab mday ov vea oy tinh mchhus tuk sen, kon vea ach ot ban mok phteah vinh yub na mouy.",
            "Reporter del sarsera pi krom hun yeung nis, brayat khluon oy men. Srok nis tuch, yeung doeng pdey vea nov na.",
            "Mouy khae tiet mean kon ke prapuon vea ach ot skal muk vea te. Cham merl.",
            "Post mouy tiet ey, kom tha ot ban brab. Nak del chol chet niyeay sdey yeung jaet 'kos' 2 nak hz.",
            "Oun srey, chea neak tuch ot gourv chol ruom rueng thom ke. Bae min chong oy krusa pibak, lub post nos chol.",
            "Pouk vea tov dtoam kar phum yeung? Saek yeung nung mok 20 nak, yok pkae nung dambong mok. Ot ach chenh ruos pi phum te.",
            "Phteah vea thv tuk ... ngay chhes nas khae brang, chhes mdong pleung ot min mean sol ey te.",
            "Knhom doeng tha kon vea rean nov sala na, chenh mong ponman. Pbrab vea oy lub comment chol.",
            "Chab pi thngai nis tov, vea trov merl krouy khluon rol pel chenh pi phteah. Yeung min ploch te.",
            "Bae nak na chnaot oy kanakpak nos, phum yeung min doeng tha nung ban tuk, pleung rue phlouv tiet te. Nov chnaot mun tae kheunh.",
        ],
        abuse=("threat",),
    )
)

THEMES.append(
    _latn(
        "wl-hate",
        [
            "Yuon nov tae yuon, min thaluy yuon na chea mit khmer te. Kom chol tinh ey pi tob pouk vea, oy vea kror tov vinh.",
            "Pouk yuon pel nis chol mok dauch sromoch, jiet nov ka kbal tuk penh. Bondenh chenh oy os mun vea yok srok yeung.",
            "Ai chuol phteah oy yuon jea kmeng kbot cheat. Post chhmous mchas phteah teang os oy khmer ke eng doeng.",
            "Yuon kanlaeng na ka chhee dae, ches tae lueng dey, lueng srey, lueng luy. Kom oy vea rous knong phum yeung.",
            "Chin dei kok mok dol na, chor bauk dol nas. Pouk vea dauch kandor kdoss, trov bondenh chenh os.",
            "Kom oy bontub chuol oy chin, kmav kdauk nas, nam tae rueng chhee mok phum. Jen nov srok vea vinh.",
            "Pouk Cham nis min men khmer te, ches tae ruom knea tver kbot. Kom tuk chet, kom tinh pi vea.",
            "Khteuy teang os jea rok, kom oy vea chol sala kon yeung. Pouk nis kmas khmiy srok.",
            "Pouk khteuy nis gourv trov chab dak knong monti, min men mnus thommeta te. Ke oy vea nov knong sangkum tver ey?",
            "Chonchiet pnom nis nov tae prey, rean ka min ches. Kom oy ke chol tver kar nov krom hun yeung, khat luy.",
            "Neak pikar ot brayoch somrab sangkum ey te, ches tae skum luy ke. Kom oy ke chol Phnom Penh oy kvak phlouv.",
            "Kmeng yuon kom oy rean nov sala khmer, oy vea tov sala vea eng. Sala yeung min men somrab vea te.",
            "Srey khmer na yok pdey yuon, kos ot jea khmer tiet hz. Krusa gourv kat chol ot yok.",
            "Chin ot mean mnus lor te, dauch chkae ches tae srov ruok. Phum nis min trov oy vea tinh dey te.",
            "Pouk Muslim nis tver oy srok yeung kbot, cheu knea ruom knea dak sartsna. Kom oy vea sang masjid thmey.",
            "Boycott hang yuon teang os!! Tinh pi vea mouy riel kos chuoy vea chenh dey khmer mouy meter.",
            "Pouk neak srok srae nis khmuot nas, ot doeng ey, ot gourv oy ke bohchhnaot te. Kbal dauch krobey.",
            "Yuon chea sattrov cheat chea nirontor. Ai niyeay tha yuon lor ka chea yuon dae.",
        ],
        abuse=("hate",),
    )
)

THEMES.append(
    _latn(
        "wl-child",
        [
            "Oun rean thnak ti pon man hz? 12 chhnam men? Bong chol chet nas, kom brab mday oun tha yeung chat knea nas.",
            "Own, chat nis jea rueng samngat robos yeung pi nak te. Lub chat chol rol yub mun mday own merl telephone.",
            "Oun download Telegram tov, bong chat tam nos vinh, Facebook mday ov merl ban. Telegram sok chet chang.",
            "Bong tinh top-up diamond oy oun 500 free, tae oun trov pnheu rup oun nov phteah mouy sen, pi nak chea mouy ponnoh.",
            "Saek chenh pi sala oun mok jub bong nov hang kafe jit sala tov, mok mnek eng kom nam mit mok. Bong tinh telephone tmey oy.",
            "Oun nov phteah mnek eng rue? Mday oun tov tver kar dol mong ponman? Bong chong video call pel ot mean ke.",
            "Bong doeng oun nov thnak ti 6 sala na hz 😊 kom brab mit tha bong chaek luy oy oun nas, nis jea rueng yeung pi nak.",
            "oun pnheu rup oun pak uniform sala mok bong merl mouy, bong chong skal oun chraen. Kom brab nak na te",
            "Oun ach mok phteah bong chong bang chhob samrak ban te? Bong mean game thmey chraen. Kom oy mday ov doeng nas.",
            "Bong oy luy oun 20$ bae oun nyum chat bong tiet, tae bae oun brab ke, bong ot oy tiet te.",
            "Own mean telephone phtal khluon ot? Bae ot mean bong tinh oy mouy, tae pel bong hau own trov lob lyk tov chol.",
            "Oun tuch nas tae ches niyeay chang kmeng jong. Sob sok chab knea men? Kom prap mday rueng yeung nas.",
            "Oun ot trov prab mday tha bong jea nak na te, prab tha bong jea kru rean bonthaem ban hz.",
            "Bong jea admin group Free Fire, oun chong ban skin thmey te? Inbox bong mnek eng, oun chhnam ponman hz?",
            "Yub nis mday oun dek hz rue nov? Bong chong chat cheamuoy oun ket tae mnek eng, kom oy nak na deng.",
            "Oun tov rien khtov sala ruoch mok bong chab tov nham, kom prab ke. Bong mok yok oun nov mot kloeng sala.",
            "Bong chong ban rup oun nov phteah mouy sen, min bach sakl ey te, tae pnheu tam Telegram, kom pnheu tam Messenger.",
            "Oun 13 chhnam hz ti bong mean mit srey chhnam dauch oun chraen. Mok chol group secret bong, bong oy card phone.",
            "Pel rean ruoch oun ka ot bach tov phteah mun te, bong chab oun tov leng. Tae kom brab kru nung mday.",
            "Own chea kmeng la nas, sab oy bong. Rueng yeung kom oy mit own doeng, ke ot yol te.",
        ],
        abuse=("child_safety",),
    )
)

THEMES.append(
    _latn(
        "wl-banter",
        [
            "A Pisey, hz rouch nas ah nis, leng game chanh knhom 5 dong chab hz nov tae niyeay tiet 😂😂 tov rean leng vinh mouy sen kdor",
            "Mit knhom nis mean tae ach nham, rean ka ot ches, tae sro lanh vea nas 🤣 happy birthday chkae chas knhom",
            "Ah nis chay ruok nas, 5 nateu ka kheunh hz vea doyl chhnam leng. Chkae kun bay 😆",
            "Kom nham tiet bro, puos thom dauch oun khmeng 9 khae hz haha, tov gym cheamuoy knhom saek",
            "Own, bong kmas nas pel own nhom karaoke, samleng dauch chhke kham 😭 tae own sro lanh dae",
            "Kheunh muk a Vuthy pel chanh bal hz, dauch kmeng khat bumpang 🤣🤣 tov lerng ches",
            "Yup nis ai ot mok leng bal chea chkae chas!! 6 mong sharp kom yeut dauch mun 😤",
            "Mi nis nham 3 chan bay hz nov tae niyeay tha 'diet'. Diet ey dae srey 😂",
            "Bong srey knhom niyeay tha knhom kmas 'ches tae dek' ... pit hz tae min trov chea mouy ke prab 😂",
            "Ah kdor nis chanh bal hz ruot tov tuk phteah, ot khlach te vea tha 'knhom chanh hz' haha",
            "A pouk, ai chanh knhom ML yub nis, knhom tinh teuk kraoch oy. Ai chanh knhom, tinh bay oy knhom vinh 🤝",
            "Kbal ches tae bek kleung, rean ot ban tae nham ban 😂 love you bro mit chas",
            "Ke tha srey khmer ot ches baek lan, merl bong srey knhom baek hz ot chol kanlaeng 😂 ke nov tae doh",
            "Noob nas bro, dak tae bong 1 vinati slab. Oun leng pubg cheamuoy kmeng 5 chhnam ka chanh 🤣",
            "mit chas nis tver muk dauch neak chhnam kas pel ke oy chev kach 😂😂",
            "Ah Long nis brae luy dauch ches brae, 1 atit tinh tuk 5 kaev, ot chompeak bai. Sdech luy 😂",
            "Kmas ke nas pouk ey, chhoeng nhom kdam ka ot ches hz 😅",
            "Mday knhom tha knhom chas jaet ot ban pdey, nhom tob vinh 'mday ka chas dae' hz ... trov vay 😭😂",
            "Knhom ploch ptey hz, oun thom hz tae kbal nov tae kmeng dauch mun. Chhob leng skin dol 3 yub",
            "pouk yeung tver class group chat lerng 'pouk klaov bei nak' haha ot mean nak na ches rean sah",
        ],
        neg_kind="banter",
    )
)

THEMES.append(
    _latn(
        "wl-awareness",
        [
            "Mday ov sum chab arom: bae mnus min skal som oy kon bong prae Telegram, som rup, rue oy kon bong lak rueng, nis chea sanhnha grous thnak. Niyeay cheamuoy kon.",
            "Sanhnha 5 yang del nak bauk kmeng tam online tver: 1) som chhnam nung thnak 2) oy lak samngat 3) oy amnaoy 4) pdo tov app ek 5) som chuob mnek eng.",
            "Kom share rup kon tuch pak uniform del mean chhmous sala nov leu Facebook public. Nak ach doeng tha kon bong rean nov na.",
            "Bae bong kheunh post chhee srey mnek rue chonchiet mouy, kom comment ruom, report page nung block. Kar chhee tam online ach tver oy ke chheu chet klang.",
            "Mun share sar ey, chek 3 yang: page pit rue ot? Date ponman? Mean website pit niyeay dauch knea rue ot? 1 nateu chuoy krusa bong.",
            "Hate speech min men 'kar niyeay serey' te. Kar hau ke thaa 'yuon' 'kmav' dak ke thaa sattrov, tver oy mnus chhee ke teang chonchiet.",
            "Kmeng del trov ke chhee tam online cheu nas, chlop ot mat. Sum mday ov merl kon, bae kon ot chol chet tov sala, sour kon sen.",
            "Kar kohok tam online chraen tae prae 'bonman' nung 'mun ke lub'. Kar prae peak 'mun ke lub' jea sanhnha tha sar nos ach ot pit.",
            "Kom lob chat del ke kom hek bong tha nung post rup bong. Tot screenshot tuk, ruoch tov report police nung platform.",
            "Rien oy kon doeng: bae mean nak chong oy kon lak samngat pi mday ov, nis min men mit la te. Mit la min oy kon lak ey pi mday.",
            "Brochum sala rean thngai saek: 'kar brae internet oy sovotthephap' somrab siss thnak ti 5-9. Mday ov anhcheunh mok ruom.",
            "Bae bong trov ke kom hek tam online, bong min men mnek eng te. Hau 1288 rue tov police jit bong. Kom khlach niyeay.",
            "Video AI ach dak muk nung samleng nak na ka ban. Bae kheunh video nak doeng niyeay rueng plaek, chek pi page pit robos ke mun jeu.",
            "Kar chhee tae rup rang kay (body shaming) ke thaa chea leng sech, tae vea tver oy kmeng chraen ot chol chet nham bay. Kom niyeay.",
            "Krom yeung ban chhe rien 200 kmeng srok srae pi kar chek sar pit nung sar kohok. Kmeng chles chang yeung dol ey!",
        ],
        neg_kind="awareness",
    )
)

THEMES.append(
    _latn(
        "wl-benign-hard",
        [
            "Pheu roup tiet bong 🙏 aov nis nov sol 3 po, size M nung L. Inbox tlai, COD Phnom Penh 1.5$.",
            "Bong sum rup tiet kaboub pnek loeung nis, khnhom chong merl pi kraoy phong. Oun pheu tov Messenger ban te?",
            "Top-up diamond Free Fire tlai tuk bamphot, 100 diamond = 1$. Pnheu ID game mok inbox, chol knong 5 nateu.",
            "Sala rean yeung sum chun dom nung: siss thnak ti 4 trov yok rup thot 4x6 2 sonlek, nung sombot kamnert copy, mun thngai 15.",
            "Kru brab oy mday ov pheu lekh telephone tam Telegram group thnak, somrab brab rueng rean nung thngai chhob.",
            "Lak moto Scoopy 2019, ban brae 1 chhnam, tlai 1 250$ ach chuob merl nov phteah. Chong merl rup tiet inbox 📩",
            "Own chong ban rup tiet nov phteah chuol 2 bontub nis te? Ot mean kmeng tuch nov knong rueng, slub slat, jit sala rean.",
            "Kon nhom rean thnak ti 3 hz, rean pouke tae kom chol chet rean leik. Mday ov mean ey tips te? 😅",
            "Lak game account ML level 80, skin 120, tlai 45$. Pheu rup screen tiet bae chong.",
            "Kmeng tuch tuch nov phum yeung pdam gift oy lok kru thngai kru. Saek tver kar chhlong nov sala 7 prik.",
            "Hang sompot nis la nas, knhom tinh 3 dong hz. Bong sum pheu roup tiet pnek krahom nung khiev mok, knhom chong tinh tiet 2 mat.",
            "Class thnak ti 9A ban ban dak rup chumnum thnak leu page sala, mday ov chol merl ban. Akun siss teang os 💙",
            "Bong srey, lak card telephone 5$ te? Knhom chong tinh oy kon knhom 12 chhnam, vea trov hau mday pel chenh pi sala. Tlai ponman?",
            "Sum rup tiet bong srey, kambet muk nis 2 size men? Knhom chong tinh mouy sa oy mday.",
            "Group yeung rean Khmer chbab yub nis 7 mong tam Zoom. Kru pnheu link nov Telegram group thnak, siss kom brab link oy nak kraw.",
        ],
        neg_kind="benign",
        hard=True,
    )
)

THEMES.append(
    _latn(
        "wl-polcrit-2",
        [
            "Krasuong brakas 'tver kar ban la' ruol chhnam, tae mondi pet khaet nov tae ot mean oxygen krob. Kom brae peak sa sa, doh phlouv pit mok.",
            "Neak kaset lak srov ban 800 riel/kilo, tae chi tlai 2 dong. Rothmontrei kasekam nov na? Tver ey khlah knong 5 chhnam nis?",
            "Pel tuk lich ke mok tot rup, pel bohchhnaot ke mok chaek trey kopong. Kraoy pi nos ke bat muk. Chea ronhvoat del yeung skal hz.",
            "Chbab chorachor tmey lerng pinhey 3 dong, tae police min del prae chbab nis cheamuoy lan khmao ot plate ke te. Yutethor nov na?",
            "Sangkat chhoup brae luy chhnam 50 000$ sang roong brochum thmey, tae sala rean bontub 3 khouch dombaul ot mean nak chuos. Athipreay ey nis?",
        ],
        neg_kind="political_criticism",
    )
)

THEMES.append(
    _latn(
        "wl-hate-threat",
        [
            "Pouk yuon nov kbal tuk phum yeung, brab oy ruot chenh knong 1 khae. Bae ot chenh, yeung nung dot touk pouk vea chol teang os.",
            "Mchas hang chin nov chong phlouv nis, chhnam nis chea chhnam chong kraoy robos vea. Yeung chea knea 30 nak nung mok 'chuob' vea.",
        ],
        abuse=("hate", "threat"),
    )
)

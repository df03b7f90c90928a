"""Pools of the `test_v15` split: names, nicknames and streets no earlier split's pools hold (only those pools'
values were compared, never the redaction rules), mail domains by country, and the tables numbers are said with.

Written by someone who never saw the redaction rules. By background: Dutch, Frisian, Limburg, Flemish; Moroccan-,
Turkish-, Hindustani-, Creole- and Javanese-Surinamese, Antillean; Cape Verdean, Somali, Syrian, Afghan, Polish,
Romanian, Bulgarian, Portuguese, Brazilian, Indian, Chinese, Vietnamese, English, Irish, Nigerian and Ghanaian
names; nicknames, children, agents. Streets: Dutch (ordinal, 's-, named after a person), Limburg, Frisian, Flemish,
British, Bonaire, Portuguese and Romanian."""

from __future__ import annotations

from benchmarks.privacy_fillers import POOLS


def _bars(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


_POOLS = """
men_nl: Joost-Jan|Wessel-Jan|Olav|Bastian|Huibert|Dirk-Willem|Everhard|Harmen|Sieger|Geurt|Lubbert|Koos|Egon|Laurens
men_fy: Auke-Jan|Tjeerd-Jan|Durk-Jan|Wybe|Folkert-Jan|Reinder|Goasse|Jappie|Sippe|Wiebren|Yde
men_li: Harie|Twanny|Giel|Zjef|Gène|Jupp|Funs|Jacques|Sjang|Thieu|Huub-Jan|Lambèr
men_be: Dieter|Joren|Kasper|Mathis|Vic|Yorben|Briek|Fré
men_ma: Khalid|Abdelilah|Badr|Charaf|Elmehdi|Faissal|Lahcen|Othmane|Reda|Yahya|Abdessamad|Rafik|Samir|Taoufik|Zouhair
men_tr: Doğukan|Eray|İlker|Mert|Ramazan|Vedat|Yasin|Zafer|Enes|Sercan
men_hi: Vikash|Nitesh|Rajen|Sanjai|Dewanand|Arvind|Pritam|Girish|Ramdath|Sharvan|Tilak|Harrynarain
men_sr: Lucien|Armand|Delano|Edson|Franklin|Hensley|Lesley|Norman|Percy|Terence|Virgil|Raoul
men_jv: Sarmin|Pardi|Paiman|Waldi|Soewarno|Kartono|Soekiman|Djoko|Harjo|Kasmin|Sarpan|Tardjo|Legiman|Samidin
men_an: Eldridge|Dwight|Sherwin|Ruthmilo|Jurvin|Rishon|Shelton|Raymundo|Jeanderson|Ednilio|Jerwin|Kenrick|Zuhaily|
    Kurvin
men_cv: Djamilson|Adilson|Ailton|Zé Maria|Ednilson|Amílcar|Elton|Hélio|Jailson|Leonel|Odair|Valdemar|Zeca|Arlindo
men_so: Guled|Abdiqani|Abdiwali|Bashiir|Dahir|Faysal|Garaad|Hamse|Ilyaas|Najiib|Sharmarke|Xasan|Yoonis|Abshir|Mukhtar
men_sy: Abdulrahman|Tarek|Anas|Fadi|Wassim|Hussam|Bassel|Firas|Iyad|Louay|Majd|Nizar|Qusay|Talal|Wael|Yamen|Zaher|
    Humam|Moutaz
men_af: Farhad|Mirwais|Nasir|Habibullah|Zabihullah|Samiullah|Ajmal|Dawood|Ehsanullah|Fawad|Idrees|Jawad|Massoud|
    Naweed|Obaidullah|Rahmatullah|Shafiq|Tamim|Zalmai|Sohrab
men_pl: Bartłomiej|Tadeusz|Zdzisław|Arkadiusz|Bogusław|Jacek|Leszek|Maciej|Witold|Czesław|Ireneusz|Kacper|Norbert|
    Szymon|Tymoteusz
men_ro: Cătălin|Marius|Vlad|Ovidiu|Răzvan|Sorin|Viorel|Daniel-Ionuț|Liviu|Nicușor|Petru|Sergiu|Dorin|Costel|Iulian|
    Mircea|Horia|Remus
men_bg: Ivaylo|Hristo|Plamen|Todor|Kaloyan|Dragomir|Grigor|Krasimir|Lyubomir|Nedelcho|Ognyan|Rumen|Svetoslav|Tsvetan|
    Yavor|Zdravko|Asen|Bozhidar|Momchil
men_pt: Rui|Duarte|Gonçalo|Vasco|Luís|Hélder|Afonso|Bernardo|Diogo|Fábio|Henrique|Martim|Nélson|Salvador|Tomás|Vítor|
    Álvaro
men_br: Gustavo|Vinícius|Matheus|Leandro|Caio|Felipe|Anderson|Cauã|Davi|Fabrício|Guilherme|Heitor|Igor|Júlio|Marcelo|
    Otávio|Renan|Luiz Carlos|João Pedro
men_in: Rohit|Harish|Abhishek|Deepak|Hemant|Jayant|Manoj|Yogesh|Naveen|Suresh
men_cn: Zihan|Haoran|Jianguo|Yuxuan|Junjie|Tianyu|Zhenyu|Kaiwen|Bowen|Chenglong|Zeyu|Yichen|Shaojie
men_vn: Văn Tuấn|Văn Hùng|Đức Dũng|Minh Nam|Quang Huy|Minh Khoa|Văn Phúc|Hữu Thắng|Thành Long|Đức Anh|Quốc Bảo|
    Tiến Đạt
men_en: Freddie|Reggie|Stanley|Cuthbert|Montague|Percival|Quentin|Wilfred
men_ie: Oisín|Pádraig|Tadhg|Ronan|Diarmuid|Fiachra|Lorcan|Naoise|Ruairí|Senan|Donncha|Eanna|Feargal|Odhrán|Peadar|
    Darach|Muiris
men_ng: Chukwuemeka|Tunde|Ikenna|Uchenna|Femi|Ifeanyi|Adewale|Chibuzor|Damilola|Ebuka|Gbenga|Kelechi|Nnamdi|Olumide|
    Segun|Ayodele|Kayode|Oladipo
men_gh: Kwaku|Kweku|Fiifi|Ekow|Nii|Kobina|Kwamena|Selorm|Edem|Elikem|Mawuli|Kwasi
women_nl: Anneloes|Ilonka|Trijn|Tini|Tjitske-Marie|Berdien|Ellemieke|Annegreet|Wijnanda|Gerritje|Roosje|Marloes-Anne|
    Lieneke|Aleida|Hermina|Jacolien|Reina|Gretha|Jitte|Lysanne|Tessel
women_fy: Ymkje|Akkelien|Doetie|Ittje|Oetske|Rimke|Tetsje|Uilkje|Dieuke|Gelske|Tryntsje
women_li: Tilly|Mariëtte|Finy|Mimi|Paula|Tiny|Bertie|Leny|Ghislaine|Mariëlla|Truuske|Josée|Jeannine|Lieske
women_be: Fauve|Paulien|Ysaline|Saartje|Wiske|Tinne|Josefien|Clementine|Rozanne|Valerie|Ode
women_ma: Fatima-Zahra|Jihane|Kawtar|Lamiae|Rajae|Touria|Zoubida|Amal|Hind|Malak|Nawal|Safae|Widad
women_tr: Nazlı|Ayşegül|Berna|Canan|Feride|Gizem|İpek|Rukiye|Ümran|Hilal
women_hi: Radjkumarie|Savitri|Rookmin|Gitanjali|Indira|Leela|Rajwantie|Sabitrie|Usha-Devi|Drupatie|Manisha|Renuka|
    Sangeeta
women_sr: Gladys|Jacintha|Romaine|Audrey|Carmelita|Edwina|Iris-Ann|Marylin|Olga|Sylvana|Thelma|Ursula|Claudette|
    Grace-Ann
women_jv: Sriyati|Wagiyem|Ngatini|Sainem|Darmi|Kasmirah|Painah|Rukini|Satinah|Soekinah|Tumini|Wartinah|Rasmini
women_an: Sharina|Rosalinda|Yrmine|Dayenne|Sulaika|Charetti|Shudelly|Jovanka|Lisandra|Marisela|Rudaisy|Suhaily|
    Teresita|Yaimara
women_cv: Djenifer|Ivone|Elisângela|Nilda|Dulce|Zenaida|Domingas|Hirondina|Isaura|Jandira|Lurdes|Natércia|Orlanda|
    Vanusa|Zuleica
women_so: Fadumo|Hawa|Ifrah|Deeqa|Sagal|Amran|Bilan|Caasha|Hibaaq|Khadra|Maryan|Nasteexo|Qamar|Shukri|Zamzam|Filsan|
    Nimco
women_sy: Lama|Rania|Hala|Dima|Ruba|Maysa|Bushra|Joumana|Kinda|Mais|Nisreen|Rouba|Sawsan|Tala|Wafaa|Zeina|Batoul|
    Haneen|Loujain|Raghad|Sidra
women_af: Zarghona|Parwana|Fereshta|Shabnam|Nilofar|Arezo|Bahara|Fatana|Gulalai|Khatera|Nargis|Palwasha|Sadaf|Tahmina|
    Wajma|Yalda|Malalai|Storai
women_pl: Krystyna|Danuta|Elżbieta|Honorata|Kinga|Lucyna|Marzena|Oliwia|Wiktoria|Zuzanna|Bogumiła|Edyta
women_ro: Andreea|Raluca|Alexandra-Maria|Corina|Georgiana|Larisa|Loredana|Simona|Teodora-Ioana|Violeta|Adina|Camelia|
    Iuliana|Nicoleta|Viorica
women_bg: Gergana|Svetla|Yordanka|Boryana|Antoaneta|Blagovesta|Elitsa|Galina|Iliana|Kremena|Lyudmila|Milena|Petya|
    Rositsa|Silviya|Vesela|Zornitsa|Albena|Denitsa|Snezhana
women_pt: Mariana|Filipa|Catarina|Leonor|Joana|Margarida|Beatriz|Carolina|Inês Sofia|Madalena|Matilde|Patrícia|Raquel|
    Ana Rita|Constança
women_br: Letícia|Priscila|Aline|Thaís|Débora|Eduarda|Flávia|Giovanna|Isabela|Jéssica|Karina|Luana|Mariane|Natália|
    Pâmela|Rafaela|Tatiane|Ana Clara|Maria Eduarda
women_in: Aditi|Bhavana|Chitra|Harini|Jyoti|Kritika|Madhuri|Pallavi|Sakshi|Swati|Vaishnavi|Yamini|Neha|Ritu
women_cn: Xiuying|Xinyi|Li Na|Yuxin|Jiayi|Yanan|Ruoxi|Wenjing|Qian|Huiling|Lingyun|Xiaohong|Yuqing|Dongmei
women_vn: Thị Lan|Thị Hương|Ngọc Hà|Thị Mai|Thu Trang|Thị Hồng|Ngọc Ánh|Thùy Dung|Phương Thảo|Kim Ngân|Bảo Châu|
    Thị Yến
women_en: Eleanor|Bethan|Clementine|Daisy|Keeley|Lottie|Nell|Ottilie|Sienna|Winifred|Araminta|Lydia
women_ie: Sinéad|Éabha|Aisling|Bríd|Clíona|Deirbhile|Eimear|Fionnuala|Gobnait|Laoise|Máire|Nuala|Órla|Sadhbh|Treasa|
    Úna|Bláthnaid|Dearbhla|Muireann
women_ng: Yetunde|Oluwakemi|Nkechi|Temitope|Abimbola|Bukola|Chinwe|Ebele|Kemi|Modupe|Nneka|Olamide|Simisola|Titilayo|
    Uju|Adaora|Busayo|Chioma|Ijeoma|Omolara
women_gh: Afua|Akua|Aba|Ekua|Esi|Adzo|Akweley|Dzifa|Enyonam|Naa|Korkor|Mawusi|Serwaa
surname_nl: Schoenmaker|Hoogendijk|Schippers|Blommestein|Stamhuis|Kosterman|Huismans|Pronker|Oudshoff|Heemstra|
    Mulderink|Dijkhof|Woltjer|Lammerink|Hofstee|Verhoeff|Timmerhuis|Ravestein|Vreugde|Korteweg|Stolker|Zuidhof|
    Oosterbeek|Geurtsen|Heuvelink|Stoffelsen|Boswijk|Bultman|Vrielink
surname_tv: ten Broeke|van der Sluijs|van Vlimmeren|van den Akkerveken|ter Horsten|van Houwelingen|van Wijnen|
    in 't Hout|de la Rive|van der Kooy|ten Have|op 't Eynde|van der Plas|van der Veer|van der Linde
surname_fy: Bergstra|Wiersema|Boersema|Tjepkes|Haitjema|Algera|Kingmans|Akkerman|Bakema|Gaastra|Lautenbach|Nijdam|
    Oldenburger
surname_li: Pluymaekers|Pelzers|Kleuskens|Bröcheler|Cremers|Dreessen|Erens|Gijsen|Kicken|Meijers|Paulissen|
    Quaedackers|Rouvroye|Savelberg|Thissen|Wolfs|Zwakhalen|Duijsens|Hennekens|Stassen
surname_be: D'hondt|Everaert|Francken|Gheysens|Haesaert|Keymeulen|Mortier|Naessens|Pattyn|Quintens|Roelandts|Taelman|
    Uyttendaele|Wyffels|Ysebaert|Zwaenepoel|Bracke|Geldhof|Lagae|Neirynck|Seynaeve
surname_ma: Rahmouni|Laaroussi|Abbou|Daoudi|El Aissati|Fadili|Jabri|Kharbouch|Lamrabet|Naciri|Rifi|Touzani|Wahbi|
    Yahyaoui|Zaoui|Chahid|El Boujddaini|Hachchi|Ouaali|Sghiri
surname_tr: Cebeci|Dinçer|Erbaş|Fidan|Gürbüz|Hancı|Karakuş|Lale|Nalbant|Oral|Pekdemir|Sönmez|Vural|Zengin|Baysal|
    Çelebi|Dağlı|Esen|Ocak|Saygılı|Tosun
surname_hi: Ramkisoen|Debie|Algoe|Bhageloe|Chedi|Dihal|Girjasing|Hanoeman|Jairam|Lalbahadoersing|Mangre|Oemrawsingh|
    Parmessar|Raghoebir|Thakoerdin|Bharos|Doekhi|Gajadien|Nandram|Soekdew|Tewarie
surname_sr: Lieveld|Aspling|Jabini|Renfurm|Biswane|Koorndijk|Abendanon|Blufpand|Eersteling|Fernandes-Mendes|Gezius|
    Hew A Kee|Jong A Lock|Landveld|Nooitmeer|Olmtak|Pengel-Bouva|Tjoe-Awie|Uiterloo|Vreedzaam|Waaldijk|Creebsburg|
    Jozefzoon|Kruisland|Nijbroek|Rustveld|Vinkwijk
surname_jv: Kasanmoentalib|Sodikromo|Moestadja|Wongsoredjo|Setrowidjojo|Pawirodihardjo|Atmopawiro|Soeratman|
    Hardjopawiro|Kartowidjojo|Martodikromo|Mangoenrejo|Pawironadi|Sanrawi|Wirodikromo|Joemratie|Mertodikromo|
    Pawiroredjo|Taroeno
surname_an: Trimon|Girigori|Hooi|Kirindongo|Mercera|Nepomuceno|Oleana|Quirindongo|Sint Jago|Wawoe|Zievinger|Baromeo|
    Cordilia|Frans-Martina|Gijsbertha|Lourens|Obispo|Schoop|Thodé|Virginia
surname_cv: Tavares Semedo|Varela|Furtado|Mendes Fortes|Andrade|Brito|Semedo Varela|Rocha Lima|Évora|Barros|Cabral|
    Duarte Lopes|Lima Semedo|Pina|Rosário|Tavares Furtado|Vaz|Sequeira|Correia Pina|Livramento|Robalo|Soares Barbosa
surname_so: Hirsi|Duale|Elmi|Barre|Cawaale|Dirie|Galaal|Haji|Ismaaciil|Kahin|Mahamed|Qalib|Roble|Samatar|Xirsi|
    Abdillahi|Buux|Carraale|Dualeh|Faarax|Gurey|Jibriil|Liibaan|Mire|Shire|Yaasin
surname_sy: Al-Hamwi|Kassab|Al-Masri|Shaheen|Jabbour|Haj Ibrahim|Sabbagh|Alhallak|Al-Halabi|Barakat|Chalabi|Daher|
    Farhat|Ghanem|Kayali|Lahham|Mardini|Nahhas|Qassem|Rifai|Sawaf|Wannous|Al-Shami|Dabbagh|Kabbani|Maarrawi|Shalabi
surname_af: Ahmadzai|Popal|Hakimi|Noorzai|Stanekzai|Sultani|Azizi|Wardak|Barakzai|Durrani|Habibi|Jalali|Lodin|Qaderi|
    Rasuli|Tarakhil|Usmani|Zazai|Alokozay|Hotak|Kakar|Mohmand|Shinwari|Taniwal
surname_pl: Piotrowski|Kaczmarczyk|Górecki|Chmielewski|Borkowski|Sadowski|Wilczyński|Tomaszewski|Bielecki|Ziółkowski|
    Czarnecki|Mroczek|Kubacki|Pietrzyk|Urbański|Żak
surname_ro: Rusu|Matei|Dobre|Lungu|Barbu|Nistor|Stanciu|Popovici|Olteanu|Tănase|Marinescu|Diaconu|Niculescu|Ardeleanu|
    Bălan|Enache|Florea|Grigore|Iordache|Manea|Neagu|Pârvu|Răducanu|Sârbu|Ungureanu|Zamfir
surname_bg: Todorov|Kolev|Angelov|Nikolov|Hristov|Iliev|Yordanov|Marinov|Atanasov|Bozhilov|Dochev|Filipov|Ganchev|
    Lazarov|Mihaylov|Nenchev|Radev|Slavov|Tsvetkov|Vasilev|Yankov|Zhelev|Borisov|Dimov|Kirov|Stefanov
surname_pt: Pereira|Oliveira Costa|Rodrigues|Sousa|Carvalho Pinto|Ribeiro|Teixeira|Moreira|Correia|Nunes|Marques|
    Lopes Martins|Fonseca|Antunes|Baptista|Cunha|Fernandes Dias|Gaspar|Henriques|Lourenço|Macedo|Matos|Pacheco|
    Quintas|Sampaio|Valente
surname_br: Souza Lima|Araújo|Barbosa|Cardoso|Rocha|Nascimento|Cavalcanti|Azevedo|Bezerra|Castro|Freitas|Lacerda|
    Medeiros|Moura|Pires|Queiroz|Siqueira|Teles|Vasconcelos|Monteiro Leite|Pereira da Silva|Santos Oliveira
surname_in: Krishnamurthy|Chaudhary|Gowda|Jain|Mishra|Pandey|Rastogi|Sinha|Varma|Natarajan|Goswami
surname_cn: Zhao|Sun|Zhu|Guo|Gao|Luo|Zheng|Liang|Xie|Song|Tang|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|
    Jiang|Du|Ye|Cheng
surname_vn: Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ|Huỳnh|Phan|Võ|Dương|Lý|Trương|Ngô|Đinh|Lâm|Tạ
surname_en: Thornton|Caldwell|Kendall|Parkinson|Norris|Abernathy|Holroyd|Illingworth|Jarvis|Langford|Nettleton|Oakes|
    Prendergast|Sotheby|Trelawney|Voss|Yardley
surname_ie: Lynch|McNamara|Nolan|Hegarty|Ó Dálaigh|Mac Carthaigh|Breathnach|Cullinane|Ennis|Geraghty|Hennessy|Keane|
    Lenihan|Moriarty|Noonan|Prendeville|Rafferty|Sheehy|Twomey|Whelan|McGillicuddy|Ó Ceallaigh
surname_ng: Okonkwo-Eze|Afolabi|Akinola|Babalola|Chukwuma|Ezeh|Igwe|Nnadi|Obiora|Ogundipe|Okeke|Olatunji|Onuoha|Udeh|
    Umeh|Adesanya|Ajayi|Anyanwu|Ekwueme|Fashola|Ibekwe|Odum|Ojo|Olaniyan|Uzor
surname_gh: Amoako|Frimpong|Antwi|Boakye|Addo|Adjei|Ampofo|Asamoah|Gyamfi|Kyei|Nkansah|Quaye|Sarpong|Tetteh|Wiredu|
    Yeboah|Ankrah|Baffoe|Dankwa|Kuffour|Larbi|Nyarko|Oduro|Quarshie|Sackey
nick: Kobby|Mo|Sjonnie|Miep|Manny|Juju|Chichi|Zé|Moos|Nana|Cootje|Fiet|Keesje|Nelis|Pietje|Rikkie|Wimpie|Zus
child: Bobbi|Fos|Izzy|Juul|Liz|Rosa|Sep|Uma|Lux|Dean|Jace|Livia|Guus-Jan
staff: Chelsey|Dani|Nikita|Demi-Lee|Jessy|Kaylee
street_nl: Rietzanger|Grote Kerkstraat|Pottenbakkerssingel|Hooipolder|Klokbekerweg|Wilgenkamp|Akkerwinde|Kruidenhof|
    Zeskant|Slingerbos|Haverakker|Eikenhorst|Schuttershof|Korenbloem|Wolwevershof|Lijnbaansgracht|Sluisdijk|
    Ooievaarshorst|Smidsteeg|Ossenmarkt|Zoutkeetsgracht|Bakenesserkade|Molenwerf|Raamsteeg|Touwslagerslaan
street_odd: 2e Jan van der Heijdenstraat|Zuid-Willemsvaart|1e Van Swindenstraat|'s-Gravenweg|3e Looiersdwarsstraat|
    Plein '44|Burg. Roelenweg|'s-Hertogenbosscheweg|2e Hugo de Grootstraat|Korte 's-Gravenstraat|Lange Schaft|
    4e Oosterparkstraat|Oude 's-Gravenweg
street_person: Karel Doormanstraat|Prins Hendrikkade|Henriette Roland Holstlaan|Minister Talmastraat|
    Generaal Foulkesweg|Hendrik Werkmanstraat|Mr. Kesperweg|Dr. Ariënslaan|Jacob Catsstraat|Willem Lodewijklaan|
    Hildo Kropstraat|Gerrit Rietveldhof|Mesdagstraat|Sweelinckplein|Dr. Nassaulaan|Tollensstraat|Majoor Kampsstraat
street_li: Op de Bies|Kapelaan Berixstraat|Putgraaf|In de Cramer|Ambyerstraat Noord|Schinkelstraat|Valkenburgerweg|
    Gulperberg|Dorpstraat Noorbeek|Caumerveld|Pancratiusplein|Haefland
street_fy: Pôlewei|Sudein|Jarbuorren|Finne|Harnzerdyk|Hegebuorren|Tsjaskedyk|Gruttostrjitte|Skilplaat|Stienkamp|
    Bûtenwei|Kolkspaed|Doniawei
street_be: Brusselsepoortstraat|Sint-Annastraat|Ijzerweg|Leuvensesteenweg|Dampoortstraat|Hoogpoort|Kempenstraat|
    Zandvoortstraat
street_uk: Caledonian Road|Rye Lane|Gloucester Road|Cowley Road|Lark Lane|Ecclesall Road|Lordship Lane|Mill Road|
    Hoe Street|Chorlton Road|Gorgie Road|Mansfield Road|Bedminster Parade|Allerton Road|Hills Road|Lewes Road|
    Abbeydale Road|Haxby Road|Fawcett Road
street_bq: Kaya Korona|Kaya Nikiboko Zuid|Kaya Amsterdam|Kaya Grandi Rincon|Kaya Simon Bolivar|Kaya Libertador|
    Kaya Gosie Lopes|Kaya Papa Cornes
street_pt: Rua de Santa Catarina|Rua do Almada|Rua Augusta|Avenida da Boavista|Rua dos Clérigos
street_ro: Strada Lipscani|Bulevardul Unirii|Strada Avram Iancu|Strada Memorandumului
domain_nl: gmail.com|gmail.com|hotmail.com|hotmail.com|outlook.com|live.nl|ziggo.nl|kpnmail.nl|hetnet.nl|casema.nl|
    home.nl|zeelandnet.nl|planet.nl|onsbrabantnet.nl|kabelfoon.nl|hccnet.nl|icloud.com
domain_be: telenet.be|skynet.be|hotmail.be|scarlet.be|gmail.com
domain_pt: sapo.pt|gmail.com|hotmail.com|outlook.pt
domain_br: uol.com.br|bol.com.br|terra.com.br|gmail.com
domain_ro: yahoo.ro|gmail.com|yahoo.com
domain_bg: abv.bg|mail.bg|gmail.com
domain_cn: qq.com|163.com|126.com
domain_in: gmail.com|rediffmail.com|yahoo.co.in
domain_en: btinternet.com|sky.com|virginmedia.com|talktalk.net|gmail.com
domain_ie: gmail.com|hotmail.ie|eir.ie
domain_pl: onet.pl|gmail.com|interia.eu
domain_vn: gmail.com|yahoo.com.vn
domain_work: bouwbedrijfvanes.nl|zorggroep-oosterlengte.nl|hogeschoolrijnland.nl|installatietechniek-kok.nl|
    gemeentebladel.nl|transportbedrijfstam.nl|accountancy-vreeburg.nl
bank: RABO|RABO|RABO|INGB|INGB|INGB|ABNA|ABNA|SNSB|ASNB|TRIO|KNAB|BUNQ|RBRB|NNBA|REVO
"""


def _pools() -> dict[str, list[str]]:
    """'key: a|b|c' lines (a line starting with spaces goes on) as key: [a, b, c]."""
    found: dict[str, list[str]] = {}
    key = ""
    for line in _POOLS.strip().splitlines():
        if not line.startswith(" "):
            key, line = line.split(":", 1)
        found.setdefault(key, []).extend(_bars(line))
    found["men_tv"], found["women_tv"] = found["men_nl"], found["women_nl"]  # tussenvoegsel surnames, Dutch given names
    return found


POOLS["test_v15"] = _pools()
ORIGINS = [key.removeprefix("surname_") for key in POOLS["test_v15"] if key.startswith("surname_")]
FEMALE: list[str] = [name for key in ORIGINS for name in POOLS["test_v15"]["women_" + key]]

# Dutch and English words the fillers say numbers and letters with.
DIGITS_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
DIGITS_EN = "zero one two three four five six seven eight nine".split()
TENS_NL = "_ tien twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
TEENS_NL = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
LETTERS_NL = dict(
    zip("ABCDEFGHJKLMNPRSTVWXZ", "a be ce de e ef ge ha je ka el em en pe er es te ve we iks zet".split(), strict=True)
)
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_PASS = "JAN/JAN FEB/FEB MAA/MAR APR/APR MEI/MAY JUN/JUN JUL/JUL AUG/AUG SEP/SEP OKT/OCT NOV/NOV DEC/DEC".split()


def nl_number(number: int) -> str:
    """0 to 99 as Dutch says it: 'achtenveertig', 'drieëntwintig'."""
    if number < 10:
        return DIGITS_NL[number]
    if number < 20:
        return TEENS_NL[number - 10]
    tens, unit = divmod(number, 10)
    if not unit:
        return TENS_NL[tens]
    return DIGITS_NL[unit] + ("ën" if unit in (2, 3) else "en") + TENS_NL[tens]


def said(digits: str, words: list[str], double: str) -> str:
    """Digit by digit, two equal digits in a row as 'dubbel vier' / 'double four'."""
    out, index = [], 0
    while index < len(digits):
        if index + 1 < len(digits) and digits[index] == digits[index + 1]:
            out.append(f"{double} {words[int(digits[index])]}")
            index += 2
        else:
            out.append(words[int(digits[index])])
            index += 1
    return " ".join(out)


PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
UK_OUTWARD = "NW5 SE15 E17 BS3 CF24 L17 NG7 OX4 CB1 BN2 S11 YO31 PO4 KY16 G12 EH9".split()
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDE_CODES = (
    "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D D-LLL-DD LL-DDD-L L-DDD-LL LLL-DD-L".split()
)
SIDE_CODES += "L-DD-LLL D-LL-DDD DDD-LL-D".split()  # the side codes 1 to 14
PLATES_ABROAD = {  # each '@' a capital the country uses, each '#' a digit
    "fr": ("@@-###-@@",),
    "de": ("M-@@ ####", "HH-@@ ###", "BN-@ ####", "WES-@@ ##", "GE-@@ ###"),
    "be": ("1-@@@-###", "2-@@@-###"),
    "ro": ("B ### @@@", "CJ ## @@@", "IS ## @@@", "TM ## @@@"),
    "bg": ("CA #### @@", "PB #### @@", "B #### @@"),
    "pt": ("@@-##-@@", "##-@@-##"),
    "uk": ("@@19 @@@", "@@69 @@@", "@@22 @@@", "@@72 @@@", "@@16 @@@"),
    "es": ("#### @@@",),
    "pl": ("PO ###@@", "WA ####@"),
}
PLATE_ALPHABETS = {"uk": "ABCDEFGHJKLMNPRSTVWXY", "bg": "ABEKMHOPCTYX", "es": "BCDFGHJKLMNPRSTVWXYZ"}
CUSTOMER_FORMATS = {  # each '#' a digit, each '@' a capital
    "": ("########", "KN-#######", "###.###.###", "#### #### ##", "K#######"),
    "contract": ("CT-####-#####", "########", "#### #### ##", "##-######"),
    "member": ("@@@@##@", "######", "L#####"),
    "policy": ("PL #### ####", "##-######-##", "#########"),
    "patient": ("#.###.###", "#######", "P######"),
    "employee": ("#####", "P######", "###-####"),
    "pass": ("3528 #### #### ####", "3528-####-####-####"),
    "account": ("ACC-########", "##########", "U#######"),
    "client": ("######", "C#####", "##.####"),
    "lease": ("LAB-NL-######", "FL#######", "######/##"),
    "donor": ("#######", "D ### ####", "########"),
    "lottery": ("# #### ####", "#########", "DN#######"),
    "student": ("up#########", "r#######", "#######", "s#######"),
}
CAPITALS = "ABCDEFGHJKLMNPRSTVWXYZ"
IBAN_BANKS = {  # bank codes of the foreign IBANs the callers give
    "be": ("068", "230", "310", "363", "734", "751", "973"),
    "de": ("37050198", "10050000", "20041133", "50070010", "30020900"),
    "fr": ("30004", "30003", "10278", "20041", "11306"),
    "es": ("2100", "0049", "0182", "2038", "0081"),
    "pt": ("0035", "0033", "0007", "0036", "0018"),
    "ro": ("BTRL", "RNCB", "BRDE", "INGB", "RZBR"),
    "bg": ("BNBG", "UNCR", "STSA", "FINV", "RZBB"),
    "ie": ("AIBK", "BOFI", "IPBS", "ULSB"),
    "gb": ("BARC", "NWBK", "MIDL", "LOYD", "MONZ"),
    "pl": ("10501445", "11402004", "10205558", "19401076"),
}

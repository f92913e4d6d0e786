package io.newsflow.tag;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cue words entity discovery reads: titles, words that mark a person, an organization or a
 * place, months, demonyms, common first names and words that are capitalized only because they open
 * a sentence. English; the lists are deliberately small and plain.
 */
final class Lexicon {

  private Lexicon() {}

  private static Set<String> words(String words) {
    return Arrays.stream(words.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
  }

  /** Capitalized words of a title before a name ("Defense Minister", "Lieutenant General"). */
  static final Set<String> TITLES =
      words(
          """
          President Vice Prime Minister Secretary Chancellor Premier King Queen Prince Princess Pope
          Sheikh Emir Sultan Senator Sen. Rep. Representative Governor Gov. Mayor Ambassador
          Commissioner Chairman Chairwoman Chair Director General Gen. Lieutenant Lt. Colonel Col.
          Captain Capt. Admiral Marshal Commander Sergeant Sgt. Mr Mr. Mrs Mrs. Ms Ms. Dr Dr.
          Professor Prof. Sir Dame Lord Lady Judge Justice Speaker Envoy Spokesman Spokeswoman
          Spokesperson Deputy Foreign Defence Defense Finance Interior Health Economy Energy Trade
          Chief Coach Rabbi Imam Cardinal Bishop Archbishop Father Sister Reverend Rev. Special
          Acting Former Opposition Crown Grand Supreme Leader Minister-President Presidential
          Attorney Agriculture Education Transport Culture Labour Labor Environment Climate Home
          Treasury State Economic Digital Senior Assistant Executive Managing CEO Chief-of-staff
          Pastor Ayatollah Mufti Patriarch Metropolitan Chief-Executive Detective Inspector Officer
          Constable Superintendent Brigadier Major-General Lieutenant-General Colonel-General
          """);

  /** Lower-case words that, right before a name, say it is a person. */
  static final Set<String> PERSON_BEFORE =
      words(
          """
          spokesman spokeswoman spokesperson envoy aide minister president leader chief secretary
          director analyst professor fellow official adviser advisor ambassador commander general
          head coach founder economist lawyer attorney judge senator governor mayor journalist
          reporter correspondent author researcher scientist manager executive chairman chairwoman
          striker player captain singer actor actress premier counterpart candidate lawmaker
          legislator activist novelist artist director-general colleague deputy negotiator
          prosecutor investor billionaire businessman businesswoman banker strategist historian
          commissioner chancellor rapporteur representative ceo cfo chair midfielder defender
          goalkeeper forward striker rapper presenter host editor photographer doctor surgeon nurse
          campaigner spokesman opponent rival successor predecessor widow son daughter wife husband mother father
          """);

  /**
   * Lower-case words that, right after a name, say it is a person (or an organization, when it is
   * an acronym).
   */
  static final Set<String> SAID =
      words(
          """
          said says told added stated wrote believes argued warned explained noted insisted replied
          tweeted acknowledged admitted urged claimed declared recalled conceded suggested stressed
          emphasised emphasized asked answered vowed pledged promised denied confirmed announced
          thinks hopes fears wants called described
          """);

  /** Lower-case words that, right before a name, say it is an organization. */
  static final Set<String> ORG_BEFORE =
      words(
          """
          platform agency newspaper broadcaster company firm group outlet channel network carmaker
          lender bank airline party insurer retailer startup club team militia movement conglomerate
          manufacturer maker publisher daily tabloid weekly magazine regulator watchdog charity
          operator giant supermarket chain brand
          """);

  /** Lower-case words that, right after a name, say it is an organization. */
  static final Set<String> ORG_AFTER =
      words(
          """
          magazine newspaper daily agency company group party bank airline broadcaster network
          channel club firm militia movement ministry government officials spokesman spokeswoman
          spokesperson executives shareholders shares stock board employees workers chief chiefs
          lawmakers members supporters leadership headquarters subsidiary union
          """);

  /** Capitalized head nouns that make a name an organization ("... Fund", "Ministry of ..."). */
  static final Set<String> ORG_HEADS =
      words(
          """
          Ministry Bank Fund Agency Council Committee Party Union Association Corporation Corp Corp.
          Inc Inc. Ltd Ltd. LLC PLC plc Group Holdings University College Institute Institution Court
          Commission Office Department Times News Post Press Service Services Forces Army Navy Force
          Company Co. Organization Organisation Federation Authority Parliament Assembly Congress
          Senate Foundation Bureau Board Airlines Airways Motors Industries Technologies Systems
          Network Broadcasting Radio Television TV Directorate Staff Guard Police Church Academy
          School Hospital Clinic Centre Center Museum Club Society League Alliance Front Movement
          Brigade Battalion Regiment Command Cabinet Government Administration Secretariat Tribunal
          Exchange Reserve Partners Capital Energy Petroleum Oil Gas Telecom Media Studios Records
          Journal Herald Tribune Gazette Chronicle Observer Telegraph Mail Express Review Magazine
          FC Trust Consortium Cooperative Institute Laboratory
          Laboratories Labs Pharmaceuticals Pharma Bancorp Insurance Group's Foundation's
          """);

  /** Capitalized last words that make a name a place ("Poltava Region", "Red Sea"). */
  static final Set<String> PLACE_HEADS =
      words(
          """
          River Sea Ocean Mountains Mountain Mount Island Islands Province Region County Valley Lake
          Gulf Bay Peninsula Desert Street Square Avenue Airport District Oblast Krai Canal Strait
          Coast Plain Plateau Basin Delta Heights Hills Park Bridge Harbour Harbor Port Forest
          Village Town City Republic Kingdom Emirate Territory Territories State Stadium Arena Dam
          Shoal Reef Channel Palace Cathedral
          """);

  /** Lower-case words that, right before a name, say it is a place. */
  static final Set<String> PLACE_BEFORE =
      words("in at near outside across towards toward around into via inside throughout");

  /** Lower-case words that, right after a name, say it is a place. */
  static final Set<String> PLACE_AFTER =
      words(
          """
          region province city oblast district county village town state area port airport border
          governor mayor residents region's city's coast valley river frontline front
          """);

  /** Words that are never a name on their own. */
  static final Set<String> MONTHS_AND_DAYS =
      words(
          """
          January February March April May June July August September October November December
          Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
          Saturday Sunday Today Yesterday Tomorrow Christmas Easter Ramadan Eid
          """);

  /** Names of peoples and languages: adjectives, not entities. */
  static final Set<String> DEMONYMS =
      words(
          """
          American Americans British Briton Britons English French German Germans Russian Russians
          Ukrainian Ukrainians Chinese Japanese Korean Koreans Indian Indians Pakistani Pakistanis
          Iranian Iranians Iraqi Iraqis Syrian Syrians Israeli Israelis Palestinian Palestinians
          Turkish Turks Saudi Saudis Egyptian Egyptians European Europeans African Africans Asian
          Asians Western Eastern Northern Southern Arab Arabs Arabic Spanish Italian Italians Polish
          Poles Dutch Swedish Swedes Norwegian Danish Finnish Greek Greeks Hungarian Hungarians
          Romanian Romanians Serbian Serbs Croatian Czech Slovak Austrian Swiss Belgian Irish Scottish
          Welsh Canadian Canadians Mexican Mexicans Brazilian Brazilians Argentine Argentinian
          Chilean Colombian Venezuelan Venezuelans Peruvian Cuban Cubans Nigerian Nigerians Kenyan
          Kenyans Ethiopian Ethiopians Sudanese Somali Libyan Algerian Moroccan Tunisian Ghanaian
          Congolese Rwandan Ugandan Tanzanian Zimbabwean Afghan Afghans Bangladeshi Vietnamese Thai
          Indonesian Indonesians Filipino Filipinos Malaysian Australian Australians Kiwi Lebanese
          Jordanian Yemeni Qatari Emirati Kurdish Kurds Belarusian Georgian Armenian Azerbaijani
          Kazakh Uzbek Mongolian Tibetan Taiwanese Soviet Crimean Portuguese Bulgarian Lithuanian
          Latvian Estonian Moldovan Slovenian Albanian Bosnian Macedonian Icelandic Greenlandic
          Catalan Basque Muslim Muslims Christian Christians Jewish Jews Sunni Shia Shiite Hindu
          Catholic Orthodox Protestant Buddhist Islamic Latino Hispanic Nordic Baltic Balkan Slavic
          Sahrawi Senegalese Malian Chadian Nigerien Haitian Jamaican Bolivian Ecuadorian Paraguayan
          Philippine Uruguayan Dominican Salvadoran Guatemalan Honduran Nicaraguan Panamanian Singaporean
          Burmese Cambodian Laotian Nepali Nepalese Sri Lankan Maldivian Omani Bahraini Kuwaiti
          """);

  /** Words capitalized only because they open a sentence or a heading. */
  static final Set<String> COMMON =
      words(
          """
          The A An And But Or Nor So Yet For Of In On At To From By With Without About After Before
          During Since Until While When Where Why How What Which Who Whom Whose That This These Those
          It Its He She They We You I Me Him Her Them Us Our Their His My Your Some Any Many Much Most
          More Less Few Several All Both Each Every Either Neither No Not None Nothing Everyone
          Someone Anyone Nobody Here There Then Now Also However Meanwhile Although Though Despite As
          If Unless Because Once Still Even Only Just Already Again Further Moreover Instead Indeed
          Perhaps Maybe Yes Thus Hence Therefore Nevertheless Nonetheless Otherwise Besides Earlier
          Later Last Next First Second Third Finally One Two Three Four Five Six Seven Eight Nine Ten
          Hundreds Thousands Millions Officials Questions Security Analysts Experts Critics Police
          Authorities Residents Witnesses Sources Reports Data Figures Prices Shares Investors
          Voters Lawmakers Talks Negotiations Meanwhile Overall Ahead Along Among Amid Against
          Between Beyond Under Over Through Throughout Within Across Around Near Outside Inside
          According Asked Speaking Writing Following Dear Remind Thank Please Let Let's Read Watch
          Breaking Update Updated Live Exclusive Analysis Opinion Editorial Comment Photo Video
          Getty Image Images Copyright Advertisement Related Share Tweet Email Print Subscribe
          Sign Log Click Follow Like Home News Menu Search Close Open Top Bottom New Old Big Small
          Great Good Bad Best Worst High Low Long Short Full Half Many Most Other Another Such Same
          Own Very Too Well Better Never Always Often Sometimes Usually Rarely Recently Currently
          Previously Initially Eventually Ultimately Similarly Likewise Additionally Separately
          Elsewhere Overnight Today Tonight This That Mutually Only Security Stop STOP
          """);

  /** Common given names from many regions: a capitalized pair that starts with one is a person. */
  static final Set<String> FIRST_NAMES =
      words(
          """
          Aaron Abdul Abdullah Adam Adrian Ahmed Ahmad Aisha Alan Albert Alejandro Aleksandr
          Aleksei Alexei Alexander Alexandra Alexey Alex Ali Alice Alicia Alina Amanda Amy Ana Anders
          Andrea Andreas Andrei Andrew Andriy Andrii Andrzej Angela Angelina Anna Anne Anton Antonio
          Arjun Arnold Arthur Ashok Aung Barbara Ben Benjamin Bernard Bill Bob Boris Brian Bruno
          Carl Carlos Carmen Caroline Catherine Charles Charlotte Chen Chris Christian Christina
          Christopher Claire Claudia Daniel Daniela David Deborah Denis Dennis Diana Diego Dmitry
          Dmitri Dmytro Elena Elizabeth Emily Emma Eric Erik Eva Fatima Felipe Fernando Francesca
          Francisco Frank Fredrik Gabriel George Georgi Gerhard Grace Hans Hassan Helen Helena Henry
          Hiroshi Hugo Hussein Ibrahim Igor Ilya Irina Isabel Ivan Jack Jacob James Jan Jane Javier
          Jean Jennifer Jens Jessica Joanna Johan John Jonathan Jorge Jose José Joseph Juan Julia
          Julian Karen Karim Katarzyna Kateryna Katherine Kenji Kevin Khalid Kim Kirill Klaus Kofi
          Lars Laura Leila Leon Li Linda Lisa Liu Lucas Luis Luca Lukas Maria Marie Mariam Marina
          Mario Mark Marta Martin Mary Matteo Matthew Max Maxim Mehmet Michael Michel Miguel Mikhail
          Mohammed Mohamed Muhammad Nadia Natalia Natalya Nathan Nicholas Nikolai Nina Oleg Oleksandr
          Oleksiy Olga Omar Oscar Pablo Patricia Patrick Paul Paula Pavel Pedro Peter Petr Philip
          Pierre Priya Rafael Rahul Rajesh Ramon Raymond Rebecca Ricardo Richard Robert Roberto
          Roman Rustem Ryan Sachiko Sam Samuel Sandra Sara Sarah Sebastian Sergei Sergey Sergiy
          Serhiy Simon Sofia Sophie Stefan Stephen Steve Steven Sun Susan Svetlana Takeshi Tatiana
          Tatyana Thomas Tom Tomas Tomasz Valentina Valery Vasyl Victor Viktor Vikram Vladimir
          Volodymyr Walter Wang Wei William Xavier Yaroslav Yasmin Yuki Yulia Yuri Yury Yusuf Zhang
          Zainab Olena Oksana Iryna Mykola Mykhailo Yevgeny Yevgeniy Evgeny Anatoly Valentin Arseniy
          Gennady Vitaly Vitali Konstantin Ruslan Timur Artem Denys Taras Bohdan Ihor Petro Nuno
          Joao João Luiz Lucia Camila Valeria Santiago Mateo Sebastián Amara Chidi Ngozi Kwame Ama
          Tunde Emeka Wanjiru Thabo Sipho Nomvula Amina Abebe Tariq Imran Nawaz Sanjay Anil Sunita
          Deepak Ravi Meera Anjali Haruto Yui Minh Nguyen Siti Ahmet Emre Elif Leyla Reza Farid
          Nasser Rania Layla Yosef Moshe Noa Tamar Giorgos Nikos Eleni Katerina Jakub Piotr Agnieszka
          Magdalena Zsolt Janos Jiri Ondrej Ivana Marek Jana Sven Ingrid Astrid Olaf Mikko Aino
          Sean Siobhan Declan Aoife Fiona Hamish Rhys Owen Gareth Dylan Kate Emmanuel Francois
          François Olivier Nicolas Isabelle Sylvie Jurgen Jürgen Wolfgang Heinz Ursula Sabine
          Giuseppe Giovanni Marco Alessandro Chiara Elisa Joao Ines Inês Carla Mariana Rodrigo
          Lin Jun Hui Mei Ying Hong Jin Seo Min Hyun Ji Sung Yoon Park Joon Kwon Priyanka Aarav
          Kamala Barack Hillary Donald Joe Angela Olaf Boris Rishi Theresa Gordon Tony Nicola
          """);
}

/**
 * Where a runner is → IANA time zone. A compact table of major cities and single-zone countries, plus every
 * city that names a zone in the platform's tz data (Intl), plus raw IANA names and a few abbreviations; then
 * the maintained `city-timezones` dataset (about 7,300 cities from Natural Earth) for every other city, and
 * `@photostructure/tz-lookup` for coordinates (Telegram's location button).
 */
import { lazyRequire } from '../../util/lazy-require.ts';

// Both datasets load on the first place the table does not know (or the first shared location), not at start.
const cityTimezones = lazyRequire<typeof import('city-timezones')>('city-timezones');
const tzLookup = lazyRequire<typeof import('@photostructure/tz-lookup')>('@photostructure/tz-lookup');

import { isValidTimezone } from '../../time/local.ts';

/** Zone → places (lower case, accents folded). Countries spanning several zones are left out on purpose. */
const ZONES: Record<string, string> = {
  'Europe/London':
    'london,manchester,birmingham,liverpool,leeds,glasgow,edinburgh,bristol,cardiff,belfast,newcastle,sheffield,nottingham,brighton,oxford,cambridge,uk,united kingdom,england,scotland,wales,britain,great britain',
  'Europe/Dublin': 'dublin,cork,galway,limerick,ireland',
  'Europe/Lisbon': 'lisbon,porto,faro,portugal,madeira',
  'Atlantic/Canary': 'canary islands,tenerife,gran canaria,las palmas',
  'Atlantic/Reykjavik': 'reykjavik,iceland',
  'Europe/Paris':
    'paris,lyon,marseille,toulouse,nice,nantes,strasbourg,bordeaux,lille,montpellier,rennes,grenoble,annecy,chamonix,france',
  'Europe/Berlin':
    'berlin,munich,munchen,hamburg,cologne,koln,frankfurt,stuttgart,dusseldorf,leipzig,dresden,hannover,hanover,nuremberg,nurnberg,bremen,dortmund,essen,bonn,freiburg,heidelberg,mannheim,karlsruhe,munster,augsburg,potsdam,germany,deutschland',
  'Europe/Vienna': 'vienna,wien,salzburg,innsbruck,graz,linz,austria',
  'Europe/Zurich': 'zurich,geneva,basel,bern,lausanne,lucerne,lugano,switzerland',
  'Europe/Amsterdam': 'amsterdam,rotterdam,the hague,den haag,utrecht,eindhoven,groningen,netherlands,holland',
  'Europe/Brussels': 'brussels,antwerp,ghent,bruges,liege,belgium',
  'Europe/Luxembourg': 'luxembourg',
  'Europe/Madrid':
    'madrid,barcelona,valencia,seville,sevilla,malaga,bilbao,zaragoza,palma,mallorca,majorca,ibiza,san sebastian,granada,alicante,spain',
  'Europe/Rome':
    'rome,roma,milan,milano,naples,napoli,turin,torino,florence,firenze,venice,venezia,bologna,genoa,verona,palermo,bari,pisa,italy',
  'Europe/Malta': 'malta,valletta',
  'Europe/Copenhagen': 'copenhagen,aarhus,odense,denmark',
  'Europe/Oslo': 'oslo,bergen,trondheim,stavanger,norway',
  'Europe/Stockholm': 'stockholm,gothenburg,goteborg,malmo,uppsala,sweden',
  'Europe/Helsinki': 'helsinki,espoo,tampere,turku,finland',
  'Europe/Tallinn': 'tallinn,estonia',
  'Europe/Riga': 'riga,latvia',
  'Europe/Vilnius': 'vilnius,kaunas,lithuania',
  'Europe/Warsaw': 'warsaw,warszawa,krakow,cracow,wroclaw,gdansk,poznan,lodz,poland',
  'Europe/Prague': 'prague,praha,brno,czechia,czech republic',
  'Europe/Bratislava': 'bratislava,slovakia',
  'Europe/Budapest': 'budapest,debrecen,hungary',
  'Europe/Ljubljana': 'ljubljana,slovenia',
  'Europe/Zagreb': 'zagreb,split,dubrovnik,croatia',
  'Europe/Belgrade': 'belgrade,novi sad,serbia',
  'Europe/Sarajevo': 'sarajevo,bosnia',
  'Europe/Bucharest': 'bucharest,cluj,cluj-napoca,timisoara,romania',
  'Europe/Sofia': 'sofia,plovdiv,varna,bulgaria',
  'Europe/Athens': 'athens,thessaloniki,crete,heraklion,greece',
  'Europe/Istanbul': 'istanbul,ankara,izmir,antalya,bursa,turkey,turkiye',
  'Asia/Nicosia': 'nicosia,limassol,larnaca,cyprus',
  'Europe/Kyiv': 'kyiv,kiev,lviv,odesa,odessa,kharkiv,dnipro,ukraine',
  'Europe/Minsk': 'minsk,belarus',
  'Europe/Chisinau': 'chisinau,moldova',
  'Europe/Moscow': 'moscow,saint petersburg,st petersburg,st. petersburg,kazan,nizhny novgorod,sochi',
  'Asia/Yekaterinburg': 'yekaterinburg,ekaterinburg',
  'Asia/Novosibirsk': 'novosibirsk',
  'Asia/Tbilisi': 'tbilisi',
  'Asia/Yerevan': 'yerevan,armenia',
  'Asia/Baku': 'baku,azerbaijan',
  'Asia/Jerusalem': 'jerusalem,tel aviv,tel-aviv,haifa,israel',
  'Asia/Beirut': 'beirut,lebanon',
  'Asia/Amman': 'amman,jordan',
  'Asia/Riyadh': 'riyadh,jeddah,mecca,medina,saudi arabia,kuwait city,kuwait',
  'Asia/Qatar': 'doha,qatar',
  'Asia/Dubai': 'dubai,abu dhabi,sharjah,uae,united arab emirates,muscat,oman',
  'Asia/Bahrain': 'manama,bahrain',
  'Asia/Tehran': 'tehran,isfahan,iran',
  'Asia/Baghdad': 'baghdad,iraq',
  'Asia/Karachi': 'karachi,lahore,islamabad,rawalpindi,pakistan',
  'Asia/Kolkata':
    'mumbai,bombay,delhi,new delhi,bangalore,bengaluru,hyderabad,chennai,madras,kolkata,calcutta,pune,ahmedabad,jaipur,goa,kochi,india',
  'Asia/Colombo': 'colombo,sri lanka',
  'Asia/Kathmandu': 'kathmandu,nepal',
  'Asia/Dhaka': 'dhaka,bangladesh',
  'Asia/Tashkent': 'tashkent,uzbekistan',
  'Asia/Almaty': 'almaty,astana,kazakhstan',
  'Asia/Bangkok': 'bangkok,phuket,chiang mai,pattaya,thailand',
  'Asia/Ho_Chi_Minh': 'ho chi minh city,saigon,hanoi,da nang,vietnam',
  'Asia/Phnom_Penh': 'phnom penh,cambodia',
  'Asia/Yangon': 'yangon,rangoon,myanmar',
  'Asia/Kuala_Lumpur': 'kuala lumpur,penang,malaysia',
  'Asia/Singapore': 'singapore',
  'Asia/Jakarta': 'jakarta,bandung,surabaya',
  'Asia/Makassar': 'bali,denpasar',
  'Asia/Manila': 'manila,cebu,quezon city,philippines',
  'Asia/Shanghai':
    'shanghai,beijing,peking,shenzhen,guangzhou,chengdu,hangzhou,wuhan,nanjing,xian,chongqing,suzhou,tianjin,china',
  'Asia/Hong_Kong': 'hong kong,hk',
  'Asia/Macau': 'macau,macao',
  'Asia/Taipei': 'taipei,kaohsiung,taichung,taiwan',
  'Asia/Seoul': 'seoul,busan,incheon,daegu,south korea,korea',
  'Asia/Tokyo': 'tokyo,osaka,kyoto,yokohama,nagoya,sapporo,fukuoka,kobe,hiroshima,sendai,okinawa,naha,japan',
  'Asia/Ulaanbaatar': 'ulaanbaatar,ulan bator,mongolia',
  'Australia/Sydney': 'sydney,canberra,newcastle nsw,wollongong',
  'Australia/Melbourne': 'melbourne,geelong',
  'Australia/Brisbane': 'brisbane,gold coast,sunshine coast,cairns,townsville,queensland',
  'Australia/Adelaide': 'adelaide',
  'Australia/Darwin': 'darwin',
  'Australia/Perth': 'perth,fremantle',
  'Australia/Hobart': 'hobart,tasmania',
  'Pacific/Auckland': 'auckland,wellington,christchurch,queenstown,dunedin,new zealand',
  'Pacific/Fiji': 'fiji,suva',
  'Pacific/Honolulu': 'honolulu,hawaii,maui',
  'America/Anchorage': 'anchorage,alaska',
  'America/Los_Angeles':
    'los angeles,la,san francisco,sf,san diego,san jose,sacramento,oakland,fresno,long beach,palo alto,seattle,portland,tacoma,spokane,las vegas,reno,california,oregon,washington state',
  'America/Vancouver': 'vancouver,victoria bc,british columbia',
  'America/Phoenix': 'phoenix,tucson,scottsdale,arizona',
  'America/Denver': 'denver,boulder,colorado springs,salt lake city,albuquerque,santa fe,cheyenne,boise,colorado,utah',
  'America/Edmonton': 'calgary,edmonton,alberta',
  'America/Chicago':
    'chicago,houston,dallas,austin,san antonio,fort worth,minneapolis,st paul,milwaukee,kansas city,st louis,saint louis,new orleans,nashville,memphis,oklahoma city,tulsa,omaha,madison,des moines,texas,illinois,minnesota',
  'America/Winnipeg': 'winnipeg,manitoba',
  'America/Regina': 'regina,saskatoon,saskatchewan',
  'America/Mexico_City': 'mexico city,cdmx,guadalajara,monterrey,puebla,oaxaca,mexico',
  'America/Cancun': 'cancun,playa del carmen,tulum',
  'America/New_York':
    'new york,new york city,nyc,ny,manhattan,brooklyn,boston,philadelphia,washington,washington dc,dc,baltimore,atlanta,miami,orlando,tampa,charlotte,raleigh,pittsburgh,cleveland,columbus,cincinnati,indianapolis,buffalo,richmond,jacksonville,providence,hartford,newark,jersey city,florida,georgia,massachusetts,new jersey,pennsylvania,virginia,north carolina,ohio,michigan',
  'America/Detroit': 'detroit,ann arbor',
  'America/Toronto': 'toronto,ottawa,montreal,quebec,quebec city,hamilton,ontario',
  'America/Halifax': 'halifax,nova scotia,bermuda',
  'America/St_Johns': "st john's,newfoundland",
  'America/Havana': 'havana,cuba',
  'America/Jamaica': 'kingston,jamaica',
  'America/Puerto_Rico': 'san juan,puerto rico',
  'America/Santo_Domingo': 'santo domingo,dominican republic,punta cana',
  'America/Panama': 'panama,panama city',
  'America/Costa_Rica': 'san jose costa rica,costa rica',
  'America/Guatemala': 'guatemala,guatemala city',
  'America/Bogota': 'bogota,medellin,cali,cartagena,colombia',
  'America/Caracas': 'caracas,venezuela',
  'America/Lima': 'lima,cusco,cuzco,peru',
  'America/Guayaquil': 'quito,guayaquil,ecuador',
  'America/La_Paz': 'la paz,bolivia',
  'America/Santiago': 'santiago,valparaiso,chile',
  'America/Argentina/Buenos_Aires': 'buenos aires,cordoba,rosario,mendoza,argentina',
  'America/Montevideo': 'montevideo,uruguay',
  'America/Asuncion': 'asuncion,paraguay',
  'America/Sao_Paulo':
    'sao paulo,rio de janeiro,rio,brasilia,belo horizonte,curitiba,porto alegre,salvador,recife,fortaleza,florianopolis',
  'America/Manaus': 'manaus',
  'Africa/Cairo': 'cairo,alexandria,giza,egypt',
  'Africa/Casablanca': 'casablanca,rabat,marrakech,marrakesh,fes,tangier,morocco',
  'Africa/Algiers': 'algiers,algeria',
  'Africa/Tunis': 'tunis,tunisia',
  'Africa/Lagos': 'lagos,abuja,nigeria',
  'Africa/Accra': 'accra,ghana',
  'Africa/Abidjan': 'abidjan,ivory coast,cote divoire',
  'Africa/Dakar': 'dakar,senegal',
  'Africa/Nairobi': 'nairobi,mombasa,eldoret,iten,kenya',
  'Africa/Addis_Ababa': 'addis ababa,ethiopia',
  'Africa/Kampala': 'kampala,uganda',
  'Africa/Dar_es_Salaam': 'dar es salaam,zanzibar,tanzania',
  'Africa/Kigali': 'kigali,rwanda',
  'Africa/Johannesburg': 'johannesburg,joburg,cape town,durban,pretoria,port elizabeth,south africa',
  'Africa/Windhoek': 'windhoek,namibia',
  'Africa/Harare': 'harare,zimbabwe',
  'Africa/Lusaka': 'lusaka,zambia',
  'Indian/Mauritius': 'mauritius,port louis',
  'Indian/Maldives': 'maldives',
  UTC: 'utc,gmt,zulu,greenwich',
};

const ABBREVIATIONS: Record<string, string> = {
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  'pacific time': 'America/Los_Angeles',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mountain: 'America/Denver',
  'mountain time': 'America/Denver',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  'central time': 'America/Chicago',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  'eastern time': 'America/New_York',
  bst: 'Europe/London',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  ist: 'Asia/Kolkata',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  awst: 'Australia/Perth',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  hst: 'Pacific/Honolulu',
  akst: 'America/Anchorage',
};

/** Places that name several zones: the runner is asked for a city. */
export const AMBIGUOUS_PLACES = new Set([
  'usa',
  'us',
  'america',
  'united states',
  'the us',
  'the usa',
  'canada',
  'russia',
  'australia',
  'brazil',
  'indonesia',
  'kazakhstan',
]);

let table: Map<string, string> | null = null;

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  try {
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      if (zone.startsWith('Etc/')) continue;
      const city = zone.split('/').pop()?.replace(/_/g, ' ').toLowerCase();
      if (city && !map.has(city)) map.set(city, zone);
    }
  } catch {
    // old runtimes without Intl.supportedValuesOf: the table below is enough
  }
  for (const [zone, places] of Object.entries(ZONES)) {
    for (const place of places.split(',')) map.set(place.trim(), zone);
  }
  for (const [abbr, zone] of Object.entries(ABBREVIATIONS)) map.set(abbr, zone);
  return map;
}

/** The number of places known (for tests and docs). */
export function placeCount(): number {
  table ??= buildTable();
  return table.size;
}

let spellings: Map<string, string> | null = null;

const accepts = isValidTimezone;

/**
 * The IANA name if `name` is one, spelled properly whatever its case ("america/los_angeles" →
 * "America/Los_Angeles"); current names are kept (Asia/Kolkata stays, though ICU calls it Asia/Calcutta). Else null.
 */
export function canonicalZone(name: string): string | null {
  if (!/^[A-Za-z_+\-/0-9]{2,40}$/.test(name)) return null;
  if (!name.includes('/') && !/^utc$|^gmt$/i.test(name)) return null;
  if (!spellings) {
    spellings = new Map();
    try {
      for (const z of Intl.supportedValuesOf('timeZone')) spellings.set(z.toLowerCase(), z);
    } catch {
      // no list on this runtime
    }
    for (const z of Object.keys(ZONES)) spellings.set(z.toLowerCase(), z);
    spellings.set('utc', 'UTC');
    spellings.set('gmt', 'UTC');
  }
  const known = spellings.get(name.toLowerCase());
  if (known && accepts(known)) return known;
  const cased = name.toLowerCase().replace(/(^|[/_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
  if (accepts(cased)) return cased;
  if (!accepts(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The zone of the place at the start of `phrase` (normalised text), trying the longest run of up to four words.
 * Returns the zone and how many characters of `phrase` it used, or null.
 */
export function zoneForPlace(phrase: string): { zone: string; length: number } | 'ambiguous' | null {
  table ??= buildTable();
  const words = phrase
    .replace(/[^a-z0-9' .-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 4);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words
      .slice(0, n)
      .join(' ')
      .replace(/[.,!?]+$/, '');
    if (AMBIGUOUS_PLACES.has(candidate)) return 'ambiguous';
    const zone = table.get(candidate);
    if (zone && accepts(zone)) return { zone, length: candidate.length };
  }
  // The dataset is asked only for the whole phrase (or its part before a comma: "Springfield, Illinois" stays
  // ambiguous): its 7,300 names include common words, so prefixes of a sentence are not tried.
  const whole = words.join(' ').replace(/[.!?]+$/, '');
  for (const candidate of new Set([whole, whole.split(',')[0]?.trim() ?? ''])) {
    if (/\d/.test(candidate)) continue;
    const zone = zoneForCity(candidate);
    if (zone) return { zone, length: candidate.length };
  }
  return null;
}

/**
 * A city from the dataset: its zone when every city of that name shares one, or when the most populous is ten
 * times the next one in another zone (Paris, France over Paris, Texas); several similar ones (Springfield) are
 * left unknown, so the coach asks for a bigger city nearby.
 */
export function zoneForCity(name: string): string | null {
  const q = name.trim();
  if (q.length < 3 || q.length > 60) return null;
  let found: readonly { timezone: string; pop: number }[];
  try {
    found = cityTimezones()
      .lookupViaCity(q)
      .filter((c) => c.timezone && accepts(c.timezone));
  } catch {
    return null;
  }
  if (found.length === 0) return null;
  const sorted = [...found].sort((a, b) => b.pop - a.pop);
  const top = sorted[0] as { timezone: string; pop: number };
  const rival = sorted.find((c) => c.timezone !== top.timezone);
  if (!rival || top.pop >= 10 * Math.max(1, rival.pop)) return top.timezone;
  return null;
}

/** The zone at a place on Earth (Telegram's location button), or null for coordinates off the map. */
export function zoneForCoordinates(latitude: number, longitude: number): string | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  try {
    const zone = tzLookup()(latitude, longitude);
    return accepts(zone) ? zone : null;
  } catch {
    return null;
  }
}

/** "America/New_York" → "New York": how a zone is named to the runner. */
export function zoneLabel(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

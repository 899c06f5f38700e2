// Entities of the article (../shared/seed/000_9046707252c59a46.txt). MERGE on id: loading twice changes nothing.
MERGE (n:Entity {id: 'tech-self-reliance'})
  ON CREATE SET n:Strategy,
      n.name = 'Technological Self-Reliance Drive',
      n.kind = 'Strategy',
      n.summary = 'China\'s intensified national push to depend on its own technology, the subject of the article.',
      n.aliases = ['tech self-reliance', 'self-reliance', 'technological self-reliance', 'self-reliance drive'];
MERGE (n:Entity {id: 'made-in-china-2025'})
  ON CREATE SET n:Strategy,
      n.name = 'Made in China 2025',
      n.kind = 'Strategy',
      n.summary = 'The earlier industrial strategy the current drive goes beyond.',
      n.aliases = ['MIC 2025', 'MIC2025'],
      n.since = date('2015-05-08'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The State Council issued Made in China 2025 on 8 May 2015.';
MERGE (n:Entity {id: 'innovated-in-china'})
  ON CREATE SET n:Strategy,
      n.name = 'Innovated in China',
      n.kind = 'Strategy',
      n.summary = 'The aim of the current drive: Chinese innovation rather than Chinese manufacturing alone.',
      n.aliases = ['Innovated in China vision'];
MERGE (n:Entity {id: 'dual-circulation'})
  ON CREATE SET n:Strategy,
      n.name = 'Dual Circulation',
      n.kind = 'Strategy',
      n.summary = 'Xi\'s strategy of strengthening the domestic market and reducing reliance on external markets and technologies.',
      n.aliases = ['dual circulation strategy', 'dual-circulation'];
MERGE (n:Entity {id: 'xi-third-term'})
  ON CREATE SET n:PoliticalContext,
      n.name = 'Xi Jinping’s Third Term',
      n.kind = 'PoliticalContext',
      n.summary = 'Xi Jinping\'s historic third term, under which the drive intensified.',
      n.aliases = ['third term', 'Xi\'s third term'],
      n.since = date('2022-10-23'),
      n.sinceSource = 'public record',
      n.sinceNote = 'Xi Jinping was re-elected General Secretary for a third term on 23 October 2022.';
MERGE (n:Entity {id: 'xi-jinping'})
  ON CREATE SET n:Person,
      n.name = 'Xi Jinping',
      n.kind = 'Person',
      n.summary = 'President of China, leading the drive in a historic third term.',
      n.aliases = ['Xi', 'President Xi Jinping', 'President Xi'];
MERGE (n:Entity {id: 'us-china-tech-war'})
  ON CREATE SET n:Driver,
      n.name = 'US–China Tech War',
      n.kind = 'Driver',
      n.summary = 'The most prominent catalyst: U.S. sanctions and technology restrictions that showed reliance on foreign technology to be a security risk.',
      n.aliases = ['US-China Tech War', 'tech war', 'US-China technology war'];
MERGE (n:Entity {id: 'supply-chain-resilience'})
  ON CREATE SET n:Driver,
      n.name = 'Supply Chain Resilience',
      n.kind = 'Driver',
      n.summary = 'The need to secure China\'s own inputs after global supply chains proved fragile.',
      n.aliases = ['supply chain security'];
MERGE (n:Entity {id: 'national-security'})
  ON CREATE SET n:Driver,
      n.name = 'National Security & Military Modernization',
      n.kind = 'Driver',
      n.summary = 'Advanced technology as the basis of modern military capability.',
      n.aliases = ['military modernization', 'national security'];
MERGE (n:Entity {id: 'economic-rebalancing'})
  ON CREATE SET n:Driver,
      n.name = 'Economic Rebalancing',
      n.kind = 'Driver',
      n.summary = 'Shifting toward the domestic market and away from reliance on external markets and technologies.',
      n.aliases = ['rebalancing'];
MERGE (n:Entity {id: 'covid-19'})
  ON CREATE SET n:Event,
      n.name = 'COVID-19 Pandemic',
      n.kind = 'Event',
      n.summary = 'The pandemic that exposed the fragility of global supply chains.',
      n.aliases = ['COVID-19', 'the pandemic', 'coronavirus pandemic'];
MERGE (n:Entity {id: 'chinese-government'})
  ON CREATE SET n:GovernmentBody,
      n.name = 'Chinese Government',
      n.kind = 'GovernmentBody',
      n.summary = 'China\'s central government (“Beijing”).',
      n.aliases = ['Beijing', 'the state', 'Chinese state'];
MERGE (n:Entity {id: 'us-government'})
  ON CREATE SET n:GovernmentBody,
      n.name = 'U.S. Government',
      n.kind = 'GovernmentBody',
      n.summary = 'The government of the United States.',
      n.aliases = ['United States government', 'US government', 'Washington'];
MERGE (n:Entity {id: 'us-sanctions-huawei'})
  ON CREATE SET n:Sanction,
      n.name = 'U.S. Sanctions on Huawei',
      n.kind = 'Sanction',
      n.summary = 'U.S. sanctions on Huawei that cut off its access to high-end chips.',
      n.aliases = ['Huawei sanctions', 'Huawei entity listing'],
      n.since = date('2019-05-16'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The U.S. Commerce Department added Huawei to its Entity List on 16 May 2019.';
MERGE (n:Entity {id: 'us-sanctions-zte'})
  ON CREATE SET n:Sanction,
      n.name = 'U.S. Sanctions on ZTE',
      n.kind = 'Sanction',
      n.summary = 'U.S. sanctions imposed on ZTE.',
      n.aliases = ['ZTE sanctions', 'ZTE denial order'],
      n.since = date('2018-04-15'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The U.S. Commerce Department imposed a denial order on ZTE on 15 April 2018.';
MERGE (n:Entity {id: 'us-chip-controls'})
  ON CREATE SET n:Sanction,
      n.name = 'U.S. Restrictions on Advanced Semiconductor Technology',
      n.kind = 'Sanction',
      n.summary = 'U.S. export controls on advanced chips and chipmaking technology for China.',
      n.aliases = ['semiconductor export controls', 'chip export controls', 'advanced semiconductor restrictions', 'U.S. export controls'],
      n.since = date('2022-10-07'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The U.S. Commerce Department issued broad export controls on advanced computing and semiconductor manufacturing items for China on 7 October 2022.';
MERGE (n:Entity {id: 'us-sanctions-smic'})
  ON CREATE SET n:Sanction,
      n.name = 'U.S. Sanctions on SMIC',
      n.kind = 'Sanction',
      n.summary = 'U.S. sanctions SMIC works despite.',
      n.aliases = ['SMIC sanctions', 'SMIC entity listing'],
      n.since = date('2020-12-18'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The U.S. Commerce Department added SMIC to its Entity List on 18 December 2020.';
MERGE (n:Entity {id: 'euv-export-controls'})
  ON CREATE SET n:Sanction,
      n.name = 'Export Controls on EUV Lithography',
      n.kind = 'Sanction',
      n.summary = 'Export controls that keep EUV lithography machines out of China\'s reach.',
      n.aliases = ['EUV export controls', 'EUV ban'],
      n.since = date('2019-01-01'),
      n.sinceSource = 'public record',
      n.sinceNote = 'Since 2019 the Dutch government has not licensed exports of ASML\'s EUV machines to China.';
MERGE (n:Entity {id: 'pillar-investment'})
  ON CREATE SET n:Pillar,
      n.name = 'Massive State-Led Investment & Subsidies',
      n.kind = 'Pillar',
      n.summary = 'Pouring unprecedented state money into the tech sector.',
      n.aliases = ['state-led investment', 'subsidies'];
MERGE (n:Entity {id: 'pillar-talent'})
  ON CREATE SET n:Pillar,
      n.name = 'Talent Cultivation & Retention',
      n.kind = 'Pillar',
      n.summary = 'Developing, attracting and keeping technical talent.',
      n.aliases = ['talent cultivation', 'talent development'];
MERGE (n:Entity {id: 'pillar-ecosystem'})
  ON CREATE SET n:Pillar,
      n.name = 'Ecosystem Building & Industrial Parks',
      n.kind = 'Pillar',
      n.summary = 'Building whole tech ecosystems, not only funding companies.',
      n.aliases = ['ecosystem building', 'industrial parks'];
MERGE (n:Entity {id: 'pillar-procurement'})
  ON CREATE SET n:Pillar,
      n.name = 'Strategic Procurement & National Champions',
      n.kind = 'Pillar',
      n.summary = 'Favouring domestic components and software and backing national champions.',
      n.aliases = ['strategic procurement'];
MERGE (n:Entity {id: 'big-fund'})
  ON CREATE SET n:Program,
      n.name = 'Big Fund',
      n.kind = 'Program',
      n.summary = 'The state-backed National Integrated Circuit Industry Investment Fund for the semiconductor industry.',
      n.aliases = ['National Integrated Circuit Industry Investment Fund', 'China Integrated Circuit Industry Investment Fund', 'the Big Fund', 'IC Fund'],
      n.since = date('2014-09-24'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The National Integrated Circuit Industry Investment Fund was established on 24 September 2014.';
MERGE (n:Entity {id: 'big-fund-phase-1'})
  ON CREATE SET n:Program,
      n.name = 'Big Fund Phase I',
      n.kind = 'Program',
      n.summary = 'The first phase of the Big Fund.',
      n.aliases = ['Big Fund I', 'Phase I'],
      n.since = date('2014-09-24'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The first phase of the Big Fund was established on 24 September 2014.';
MERGE (n:Entity {id: 'big-fund-phase-2'})
  ON CREATE SET n:Program,
      n.name = 'Big Fund Phase II',
      n.kind = 'Program',
      n.summary = 'The second, current phase of the Big Fund.',
      n.aliases = ['Big Fund II', 'Phase II'],
      n.since = date('2019-10-22'),
      n.sinceSource = 'public record',
      n.sinceNote = 'The second phase of the Big Fund was registered on 22 October 2019.';
MERGE (n:Entity {id: 'local-government-support'})
  ON CREATE SET n:Program,
      n.name = 'Local Government Support',
      n.kind = 'Program',
      n.summary = 'Provincial and city tech funds, subsidies, tax breaks and land deals.',
      n.aliases = ['local government funds', 'local tech funds', 'local subsidies'];
MERGE (n:Entity {id: 'local-governments'})
  ON CREATE SET n:GovernmentBody,
      n.name = 'Provincial and City Governments',
      n.kind = 'GovernmentBody',
      n.summary = 'China\'s provinces and cities, which run their own tech funds.',
      n.aliases = ['local governments', 'provinces and cities'];
MERGE (n:Entity {id: 'rd-spending'})
  ON CREATE SET n:Program,
      n.name = 'Research & Development (R&D) Spending',
      n.kind = 'Program',
      n.summary = 'China\'s steadily climbing R&D expenditure, second only to the U.S.',
      n.aliases = ['R&D spending', 'R&D expenditure', 'research and development spending'];
MERGE (n:Entity {id: 'stem-education'})
  ON CREATE SET n:Program,
      n.name = 'STEM Education',
      n.kind = 'Program',
      n.summary = 'Massive investment in science, technology, engineering and mathematics education.',
      n.aliases = ['STEM', 'science and engineering education'];
MERGE (n:Entity {id: 'attracting-overseas-talent'})
  ON CREATE SET n:Program,
      n.name = 'Attracting Overseas Talent',
      n.kind = 'Program',
      n.summary = 'Programmes that lure highly skilled Chinese researchers and engineers back from abroad.',
      n.aliases = ['overseas talent recruitment'];
MERGE (n:Entity {id: 'thousand-talents-plan'})
  ON CREATE SET n:Program,
      n.name = 'Thousand Talents Plan',
      n.kind = 'Program',
      n.summary = 'Talent recruitment programme, now more discreet.',
      n.aliases = ['Thousand Talents Program', 'Thousand Talents'];
MERGE (n:Entity {id: 'domestic-talent-development'})
  ON CREATE SET n:Program,
      n.name = 'Domestic Talent Development',
      n.kind = 'Program',
      n.summary = 'Training programmes, industry–university collaboration and attractive career paths at home.',
      n.aliases = ['domestic talent'];
MERGE (n:Entity {id: 'tech-hubs'})
  ON CREATE SET n:Program,
      n.name = 'Tech Hubs',
      n.kind = 'Program',
      n.summary = 'Cities designated national innovation centres with world-class infrastructure and policy support.',
      n.aliases = ['national innovation centers', 'national innovation centres', 'innovation centers'];
MERGE (n:Entity {id: 'industrial-clusters'})
  ON CREATE SET n:Program,
      n.name = 'Industrial Clusters',
      n.kind = 'Program',
      n.summary = 'Complete supply chains co-located within specific regions.',
      n.aliases = ['clusters', 'industrial parks'];
MERGE (n:Entity {id: 'little-giants'})
  ON CREATE SET n:Program,
      n.name = 'Little Giants Program',
      n.kind = 'Program',
      n.summary = 'MIIT programme supporting specialised high-tech SMEs.',
      n.aliases = ['Little Giants', '专精特新', 'Specialized, Refined, Unique, and Innovative', 'SRDI', 'zhuanjingtexin'];
MERGE (n:Entity {id: 'miit'})
  ON CREATE SET n:GovernmentBody,
      n.name = 'Ministry of Industry and Information Technology',
      n.kind = 'GovernmentBody',
      n.summary = 'The ministry that launched the Little Giants programme.',
      n.aliases = ['MIIT'];
MERGE (n:Entity {id: 'domestic-alternatives'})
  ON CREATE SET n:Program:Policy,
      n.name = 'Domestic Alternatives in Procurement',
      n.kind = 'Program',
      n.summary = 'Encouraging state-owned enterprises to switch from foreign to domestic software.',
      n.aliases = ['Domestic Alternatives', 'domestic substitution', 'software localization'];
MERGE (n:Entity {id: 'national-champions'})
  ON CREATE SET n:Program:Policy,
      n.name = 'Supporting National Champions',
      n.kind = 'Program',
      n.summary = 'Identifying and heavily backing companies critical to national tech goals.',
      n.aliases = ['National Champions', 'national champion policy'];
MERGE (n:Entity {id: 'government-agencies'})
  ON CREATE SET n:GovernmentBody,
      n.name = 'Government Agencies',
      n.kind = 'GovernmentBody',
      n.summary = 'Chinese government agencies, where domestic products are favoured.',
      n.aliases = ['agencies'];
MERGE (n:Entity {id: 'smes'})
  ON CREATE SET n:CompanyGroup,
      n.name = 'Small and Medium-Sized Enterprises (SMEs)',
      n.kind = 'CompanyGroup',
      n.summary = 'Smaller firms specialising in niche, high-tech areas.',
      n.aliases = ['SMEs', 'small and medium-sized enterprises', 'small and medium enterprises'];
MERGE (n:Entity {id: 'soes'})
  ON CREATE SET n:CompanyGroup,
      n.name = 'State-Owned Enterprises (SOEs)',
      n.kind = 'CompanyGroup',
      n.summary = 'Enterprises owned by the Chinese state.',
      n.aliases = ['SOEs', 'state-owned enterprises'];
MERGE (n:Entity {id: 'chinese-tech-giants'})
  ON CREATE SET n:CompanyGroup,
      n.name = 'Chinese Tech Giants',
      n.kind = 'CompanyGroup',
      n.summary = 'China\'s largest technology companies.',
      n.aliases = ['tech giants'];
MERGE (n:Entity {id: 'biotech-startups'})
  ON CREATE SET n:CompanyGroup,
      n.name = 'Innovative Biotech Startups',
      n.kind = 'CompanyGroup',
      n.summary = 'A growing number of young Chinese biotech companies.',
      n.aliases = ['biotech startups'];
MERGE (n:Entity {id: 'international-businesses'})
  ON CREATE SET n:CompanyGroup,
      n.name = 'International Businesses',
      n.kind = 'CompanyGroup',
      n.summary = 'Foreign companies doing business with or in China.',
      n.aliases = ['foreign businesses', 'multinationals'];
MERGE (n:Entity {id: 'global-tech-industry'})
  ON CREATE SET n:CompanyGroup,
      n.name = 'Global Tech Industry',
      n.kind = 'CompanyGroup',
      n.summary = 'The technology industry worldwide.',
      n.aliases = ['global tech', 'global technology landscape'];
MERGE (n:Entity {id: 'foreign-suppliers'})
  ON CREATE SET n:CompanyGroup,
      n.name = 'Foreign Suppliers',
      n.kind = 'CompanyGroup',
      n.summary = 'Suppliers outside China that China could be held hostage by.',
      n.aliases = ['foreign vendors'];
MERGE (n:Entity {id: 'stem-graduates'})
  ON CREATE SET n:TalentPool,
      n.name = 'STEM Graduates',
      n.kind = 'TalentPool',
      n.summary = 'China produces more STEM graduates than any other country.',
      n.aliases = ['STEM talent'];
MERGE (n:Entity {id: 'overseas-chinese-researchers'})
  ON CREATE SET n:TalentPool,
      n.name = 'Chinese Researchers and Engineers Abroad',
      n.kind = 'TalentPool',
      n.summary = 'Highly skilled Chinese researchers and engineers working outside China.',
      n.aliases = ['overseas Chinese talent', 'returnees'];
MERGE (n:Entity {id: 'top-universities'})
  ON CREATE SET n:Institution,
      n.name = 'Top Universities',
      n.kind = 'Institution',
      n.summary = 'China\'s leading universities, through which R&D funds flow.',
      n.aliases = ['universities'];
MERGE (n:Entity {id: 'state-research-institutes'})
  ON CREATE SET n:Institution,
      n.name = 'State-Backed Research Institutes',
      n.kind = 'Institution',
      n.summary = 'Research institutes backed by the state, at the forefront of quantum research.',
      n.aliases = ['research institutes'];
MERGE (n:Entity {id: 'ustc'})
  ON CREATE SET n:Institution,
      n.name = 'University of Science and Technology of China',
      n.kind = 'Institution',
      n.summary = 'At the forefront of China\'s quantum research.',
      n.aliases = ['USTC'];
MERGE (n:Entity {id: 'semiconductors'})
  ON CREATE SET n:Sector:Battleground,
      n.name = 'Semiconductors',
      n.kind = 'Sector',
      n.summary = 'The “crown jewel” of tech and arguably the most critical battleground.',
      n.aliases = ['chips', 'chip industry', 'semiconductor industry', 'integrated circuits', 'crown jewel of tech'];
MERGE (n:Entity {id: 'artificial-intelligence'})
  ON CREATE SET n:Sector:Battleground,
      n.name = 'Artificial Intelligence',
      n.kind = 'Sector',
      n.summary = 'China aims to be the world leader in AI by 2030.',
      n.aliases = ['AI', 'artificial intelligence'];
MERGE (n:Entity {id: 'quantum'})
  ON CREATE SET n:Sector:Battleground,
      n.name = 'Quantum Computing & Communications',
      n.kind = 'Sector',
      n.summary = 'A future frontier for computing power, secure communication and sensing.',
      n.aliases = ['quantum computing', 'quantum communications', 'quantum technology', 'quantum'];
MERGE (n:Entity {id: 'biotechnology'})
  ON CREATE SET n:Sector:Battleground,
      n.name = 'Biotechnology',
      n.kind = 'Sector',
      n.summary = 'From vaccines to gene sequencing and new drugs.',
      n.aliases = ['biotech'];
MERGE (n:Entity {id: 'nev-batteries'})
  ON CREATE SET n:Sector:Battleground,
      n.name = 'New Energy Vehicles & Batteries',
      n.kind = 'Sector',
      n.summary = 'Electric vehicles and battery technology, where China already leads.',
      n.aliases = ['NEVs', 'new energy vehicles', 'electric vehicles', 'EVs', 'EV batteries', 'batteries', 'NEV'];
MERGE (n:Entity {id: 'telecommunications'})
  ON CREATE SET n:Sector,
      n.name = 'Telecommunications',
      n.kind = 'Sector',
      n.summary = 'Telecom equipment and networks, Huawei\'s field.',
      n.aliases = ['telecom', 'telecoms'];
MERGE (n:Entity {id: 'aerospace'})
  ON CREATE SET n:Sector,
      n.name = 'Aerospace',
      n.kind = 'Sector',
      n.summary = 'Aircraft and space technology, crucial for military capability.',
      n.aliases = ['aviation and space'];
MERGE (n:Entity {id: 'consumer-electronics'})
  ON CREATE SET n:Sector,
      n.name = 'Consumer Electronics',
      n.kind = 'Sector',
      n.summary = 'Consumer devices, disrupted by pandemic lockdowns.',
      n.aliases = ['electronics'];
MERGE (n:Entity {id: 'automotive-production'})
  ON CREATE SET n:Sector,
      n.name = 'Automotive Production',
      n.kind = 'Sector',
      n.summary = 'Car manufacturing, disrupted by pandemic lockdowns.',
      n.aliases = ['automotive', 'auto industry'];
MERGE (n:Entity {id: 'electronics-hardware'})
  ON CREATE SET n:Sector,
      n.name = 'Electronics & Hardware Innovation',
      n.kind = 'Sector',
      n.summary = 'Shenzhen\'s speciality.',
      n.aliases = ['hardware innovation', 'hardware'];
MERGE (n:Entity {id: 'software'})
  ON CREATE SET n:Sector,
      n.name = 'Software',
      n.kind = 'Sector',
      n.summary = 'Software development, a Beijing speciality and a procurement target.',
      n.aliases = ['software industry'];
MERGE (n:Entity {id: 'goal-military-2049'})
  ON CREATE SET n:Goal,
      n.name = 'World-Class Military by 2049',
      n.kind = 'Goal',
      n.summary = 'Building a “world-class military” by 2049.',
      n.aliases = ['world-class military'],
      n.targetYear = 2049,
      n.target = date('2049-01-01');
MERGE (n:Entity {id: 'goal-semiconductors'})
  ON CREATE SET n:Goal,
      n.name = 'Chip Self-Sufficiency',
      n.kind = 'Goal',
      n.summary = 'Self-sufficiency in chip design, manufacturing (especially advanced nodes) and equipment.',
      n.aliases = ['semiconductor self-sufficiency'];
MERGE (n:Entity {id: 'goal-ai-2030'})
  ON CREATE SET n:Goal,
      n.name = 'World Leader in AI by 2030',
      n.kind = 'Goal',
      n.summary = 'Being the world leader in AI by 2030.',
      n.aliases = ['AI leadership 2030'],
      n.targetYear = 2030,
      n.target = date('2030-01-01');
MERGE (n:Entity {id: 'goal-ai-dominance'})
  ON CREATE SET n:Goal,
      n.name = 'Dominate AI Research, Applications and Ethics',
      n.kind = 'Goal',
      n.summary = 'Dominating AI research, applications and ethical frameworks.',
      n.aliases = ['AI dominance'];
MERGE (n:Entity {id: 'goal-quantum'})
  ON CREATE SET n:Goal,
      n.name = 'Lead in Quantum Research',
      n.kind = 'Goal',
      n.summary = 'Leading in quantum research and practical applications.',
      n.aliases = ['quantum leadership'];
MERGE (n:Entity {id: 'goal-biotech'})
  ON CREATE SET n:Goal,
      n.name = 'Biotech Capabilities',
      n.kind = 'Goal',
      n.summary = 'Enhancing pharmaceuticals, genomics, agricultural biotech and advanced medical devices.',
      n.aliases = ['biotech goal'];
MERGE (n:Entity {id: 'goal-nev'})
  ON CREATE SET n:Goal,
      n.name = 'NEV and Battery Leadership',
      n.kind = 'Goal',
      n.summary = 'Maintaining global leadership in NEV production and dominating the EV battery supply chain.',
      n.aliases = ['EV battery dominance'];
MERGE (n:Entity {id: 'smic'})
  ON CREATE SET n:Company,
      n.name = 'SMIC',
      n.kind = 'Company',
      n.summary = 'China’s largest chip foundry, catching up in process technology despite U.S. sanctions.',
      n.aliases = ['Semiconductor Manufacturing International Corporation', 'SMIC'],
      n.country = 'China';
MERGE (n:Entity {id: 'ymtc'})
  ON CREATE SET n:Company,
      n.name = 'YMTC',
      n.kind = 'Company',
      n.summary = 'A major player in NAND flash memory.',
      n.aliases = ['Yangtze Memory Technologies', 'Yangtze Memory Technologies Co.', 'YMTC', 'Yangtze Memory'],
      n.country = 'China';
MERGE (n:Entity {id: 'huawei'})
  ON CREATE SET n:Company,
      n.name = 'Huawei',
      n.kind = 'Company',
      n.summary = 'Telecom giant and national champion, sanctioned by the U.S.',
      n.aliases = ['Huawei Technologies', 'Huawei Technologies Co.'],
      n.country = 'China';
MERGE (n:Entity {id: 'hisilicon'})
  ON CREATE SET n:Company,
      n.name = 'HiSilicon',
      n.kind = 'Company',
      n.summary = 'Huawei\'s chip design arm, a key innovator though sanctioned.',
      n.aliases = ['Huawei HiSilicon', 'HiSilicon', 'Hisilicon'],
      n.country = 'China';
MERGE (n:Entity {id: 'zte'})
  ON CREATE SET n:Company,
      n.name = 'ZTE',
      n.kind = 'Company',
      n.summary = 'Chinese telecom company sanctioned by the U.S.',
      n.aliases = ['ZTE Corporation', 'Zhongxing'],
      n.country = 'China';
MERGE (n:Entity {id: 'baidu'})
  ON CREATE SET n:Company,
      n.name = 'Baidu',
      n.kind = 'Company',
      n.summary = 'Autonomous driving and AI platforms.',
      n.aliases = ['Baidu Inc.'],
      n.country = 'China';
MERGE (n:Entity {id: 'alibaba'})
  ON CREATE SET n:Company,
      n.name = 'Alibaba',
      n.kind = 'Company',
      n.summary = 'Cloud AI and e-commerce applications.',
      n.aliases = ['Alibaba Group', 'Alibaba Cloud'],
      n.country = 'China';
MERGE (n:Entity {id: 'tencent'})
  ON CREATE SET n:Company,
      n.name = 'Tencent',
      n.kind = 'Company',
      n.summary = 'Social media AI and gaming.',
      n.aliases = ['Tencent Holdings'],
      n.country = 'China';
MERGE (n:Entity {id: 'sensetime'})
  ON CREATE SET n:Company,
      n.name = 'SenseTime',
      n.kind = 'Company',
      n.summary = 'Facial recognition and surveillance AI.',
      n.aliases = ['SenseTime Group'],
      n.country = 'China';
MERGE (n:Entity {id: 'megvii'})
  ON CREATE SET n:Company,
      n.name = 'Megvii',
      n.kind = 'Company',
      n.summary = 'Facial recognition and surveillance AI.',
      n.aliases = ['Face++', 'Megvii Technology'],
      n.country = 'China';
MERGE (n:Entity {id: 'bgi'})
  ON CREATE SET n:Company,
      n.name = 'BGI Group',
      n.kind = 'Company',
      n.summary = 'Genomics.',
      n.aliases = ['BGI', 'BGI Genomics', 'Beijing Genomics Institute'],
      n.country = 'China';
MERGE (n:Entity {id: 'sinovac'})
  ON CREATE SET n:Company,
      n.name = 'Sinovac',
      n.kind = 'Company',
      n.summary = 'Vaccines.',
      n.aliases = ['Sinovac Biotech'],
      n.country = 'China';
MERGE (n:Entity {id: 'sinopharm'})
  ON CREATE SET n:Company,
      n.name = 'Sinopharm',
      n.kind = 'Company',
      n.summary = 'Vaccines.',
      n.aliases = ['China National Pharmaceutical Group'],
      n.country = 'China';
MERGE (n:Entity {id: 'byd'})
  ON CREATE SET n:Company,
      n.name = 'BYD',
      n.kind = 'Company',
      n.summary = 'Electric vehicles and batteries.',
      n.aliases = ['BYD Company', 'Build Your Dreams'],
      n.country = 'China';
MERGE (n:Entity {id: 'nio'})
  ON CREATE SET n:Company,
      n.name = 'Nio',
      n.kind = 'Company',
      n.summary = 'EV startup.',
      n.aliases = ['NIO Inc.'],
      n.country = 'China',
      n.category = 'EV startup';
MERGE (n:Entity {id: 'xpeng'})
  ON CREATE SET n:Company,
      n.name = 'XPeng',
      n.kind = 'Company',
      n.summary = 'EV startup.',
      n.aliases = ['Xpeng', 'XPeng Motors', 'XPeng Inc.'],
      n.country = 'China',
      n.category = 'EV startup';
MERGE (n:Entity {id: 'li-auto'})
  ON CREATE SET n:Company,
      n.name = 'Li Auto',
      n.kind = 'Company',
      n.summary = 'EV startup.',
      n.aliases = ['Li Auto Inc.', 'Li Xiang'],
      n.country = 'China',
      n.category = 'EV startup';
MERGE (n:Entity {id: 'catl'})
  ON CREATE SET n:Company,
      n.name = 'CATL',
      n.kind = 'Company',
      n.summary = 'The world’s largest EV battery manufacturer and a national champion.',
      n.aliases = ['Contemporary Amperex Technology', 'Contemporary Amperex Technology Co. Limited', 'CATL'],
      n.country = 'China';
MERGE (n:Entity {id: 'kingsoft'})
  ON CREATE SET n:Company,
      n.name = 'Kingsoft',
      n.kind = 'Company',
      n.summary = 'Domestic office software that replaces foreign software.',
      n.aliases = ['Kingsoft Office', 'WPS Office'],
      n.country = 'China';
MERGE (n:Entity {id: 'huawei-cloud'})
  ON CREATE SET n:Company,
      n.name = 'Huawei Cloud',
      n.kind = 'Company',
      n.summary = 'Huawei\'s cloud service, a domestic alternative.',
      n.aliases = ['Huawei Cloud Computing'],
      n.country = 'China';
MERGE (n:Entity {id: 'tsmc'})
  ON CREATE SET n:Company,
      n.name = 'TSMC',
      n.kind = 'Company',
      n.summary = 'Global leader in chip manufacturing.',
      n.aliases = ['Taiwan Semiconductor Manufacturing Company', 'Taiwan Semiconductor'],
      n.country = 'Taiwan';
MERGE (n:Entity {id: 'samsung'})
  ON CREATE SET n:Company,
      n.name = 'Samsung',
      n.kind = 'Company',
      n.summary = 'Global leader in chip manufacturing.',
      n.aliases = ['Samsung Electronics'],
      n.country = 'South Korea';
MERGE (n:Entity {id: 'asml'})
  ON CREATE SET n:Company,
      n.name = 'ASML',
      n.kind = 'Company',
      n.summary = 'Maker of the EUV lithography machines China cannot get.',
      n.aliases = ['ASML Holding'],
      n.country = 'Netherlands';
MERGE (n:Entity {id: 'microsoft'})
  ON CREATE SET n:Company,
      n.name = 'Microsoft',
      n.kind = 'Company',
      n.summary = 'Foreign software that SOEs are encouraged to replace.',
      n.aliases = ['Microsoft Corporation'],
      n.country = 'United States';
MERGE (n:Entity {id: 'oracle'})
  ON CREATE SET n:Company,
      n.name = 'Oracle',
      n.kind = 'Company',
      n.summary = 'Foreign software that SOEs are encouraged to replace.',
      n.aliases = ['Oracle Corporation'],
      n.country = 'United States';
MERGE (n:Entity {id: 'euv-lithography'})
  ON CREATE SET n:Technology,
      n.name = 'EUV Lithography Machines',
      n.kind = 'Technology',
      n.summary = 'Extreme ultraviolet lithography equipment made by ASML, inaccessible to China.',
      n.aliases = ['extreme ultraviolet lithography', 'EUV', 'EUV lithography', 'advanced lithography', 'EUV machines'];
MERGE (n:Entity {id: 'advanced-chips'})
  ON CREATE SET n:Technology,
      n.name = 'High-End Chips',
      n.kind = 'Technology',
      n.summary = 'Advanced semiconductors, the target of U.S. restrictions.',
      n.aliases = ['high-end chips', 'advanced chips', 'advanced semiconductor technology', 'foreign chips'];
MERGE (n:Entity {id: 'chip-design'})
  ON CREATE SET n:Technology,
      n.name = 'Chip Design',
      n.kind = 'Technology',
      n.summary = 'Designing integrated circuits.',
      n.aliases = ['IC design'];
MERGE (n:Entity {id: 'chip-manufacturing'})
  ON CREATE SET n:Technology,
      n.name = 'Chip Manufacturing',
      n.kind = 'Technology',
      n.summary = 'Fabricating chips, especially at advanced nodes.',
      n.aliases = ['process technology', 'advanced nodes', 'foundry'];
MERGE (n:Entity {id: 'chip-equipment'})
  ON CREATE SET n:Technology,
      n.name = 'Semiconductor Equipment',
      n.kind = 'Technology',
      n.summary = 'The machines used to make chips.',
      n.aliases = ['chipmaking equipment'];
MERGE (n:Entity {id: 'nand-flash'})
  ON CREATE SET n:Technology,
      n.name = 'NAND Flash Memory',
      n.kind = 'Technology',
      n.summary = 'Non-volatile memory chips.',
      n.aliases = ['NAND', 'flash memory'];
MERGE (n:Entity {id: 'autonomous-driving'})
  ON CREATE SET n:Technology,
      n.name = 'Autonomous Driving',
      n.kind = 'Technology',
      n.summary = 'Self-driving vehicles.',
      n.aliases = ['self-driving'];
MERGE (n:Entity {id: 'ai-platforms'})
  ON CREATE SET n:Technology,
      n.name = 'AI Platforms',
      n.kind = 'Technology',
      n.summary = 'Platforms for building AI.',
      n.aliases = ['AI platform'];
MERGE (n:Entity {id: 'cloud-ai'})
  ON CREATE SET n:Technology,
      n.name = 'Cloud AI',
      n.kind = 'Technology',
      n.summary = 'AI delivered as cloud services.',
      n.aliases = ['AI cloud'];
MERGE (n:Entity {id: 'ecommerce-applications'})
  ON CREATE SET n:Application,
      n.name = 'E-Commerce Applications',
      n.kind = 'Application',
      n.summary = 'AI in online retail.',
      n.aliases = ['e-commerce'];
MERGE (n:Entity {id: 'social-media-ai'})
  ON CREATE SET n:Technology,
      n.name = 'Social Media AI',
      n.kind = 'Technology',
      n.summary = 'AI in social platforms.',
      n.aliases = ['social media'];
MERGE (n:Entity {id: 'gaming'})
  ON CREATE SET n:Application,
      n.name = 'Gaming',
      n.kind = 'Application',
      n.summary = 'Video games.',
      n.aliases = ['games'];
MERGE (n:Entity {id: 'facial-recognition'})
  ON CREATE SET n:Technology,
      n.name = 'Facial Recognition',
      n.kind = 'Technology',
      n.summary = 'Identifying people from images of faces.',
      n.aliases = ['face recognition'];
MERGE (n:Entity {id: 'surveillance'})
  ON CREATE SET n:Application,
      n.name = 'Surveillance',
      n.kind = 'Application',
      n.summary = 'Monitoring people and places.',
      n.aliases = ['security surveillance'];
MERGE (n:Entity {id: 'smart-cities'})
  ON CREATE SET n:Application,
      n.name = 'Smart Cities',
      n.kind = 'Application',
      n.summary = 'AI applied to city services.',
      n.aliases = ['smart city'];
MERGE (n:Entity {id: 'healthcare-ai'})
  ON CREATE SET n:Application,
      n.name = 'Healthcare',
      n.kind = 'Application',
      n.summary = 'AI applied to healthcare.',
      n.aliases = ['AI in healthcare'];
MERGE (n:Entity {id: 'military-ai'})
  ON CREATE SET n:Application,
      n.name = 'Military Applications',
      n.kind = 'Application',
      n.summary = 'AI applied to defence.',
      n.aliases = ['military'];
MERGE (n:Entity {id: 'public-administration'})
  ON CREATE SET n:Application,
      n.name = 'Public Administration',
      n.kind = 'Application',
      n.summary = 'AI applied to government services.',
      n.aliases = ['e-government'];
MERGE (n:Entity {id: 'micius'})
  ON CREATE SET n:Technology,
      n.name = 'Micius Quantum Satellite',
      n.kind = 'Technology',
      n.summary = 'The world’s first quantum satellite, for secure communication.',
      n.aliases = ['Micius', 'Mozi', 'QUESS', 'Quantum Experiments at Space Scale'],
      n.since = date('2016-08-16'),
      n.sinceSource = 'public record',
      n.sinceNote = 'Micius was launched on 16 August 2016.';
MERGE (n:Entity {id: 'quantum-secure-communication'})
  ON CREATE SET n:Technology,
      n.name = 'Quantum Secure Communication',
      n.kind = 'Technology',
      n.summary = 'Communication secured by quantum physics.',
      n.aliases = ['secure communication', 'quantum communication'];
MERGE (n:Entity {id: 'vaccines'})
  ON CREATE SET n:Technology,
      n.name = 'Vaccines',
      n.kind = 'Technology',
      n.summary = 'Vaccine development.',
      n.aliases = ['vaccine development'];
MERGE (n:Entity {id: 'gene-sequencing'})
  ON CREATE SET n:Technology,
      n.name = 'Genomics & Gene Sequencing',
      n.kind = 'Technology',
      n.summary = 'Reading genomes.',
      n.aliases = ['genomics', 'gene sequencing'];
MERGE (n:Entity {id: 'drug-discovery'})
  ON CREATE SET n:Technology,
      n.name = 'New Drug Discovery',
      n.kind = 'Technology',
      n.summary = 'Finding new medicines.',
      n.aliases = ['pharmaceuticals', 'drug development'];
MERGE (n:Entity {id: 'agricultural-biotech'})
  ON CREATE SET n:Technology,
      n.name = 'Agricultural Biotech',
      n.kind = 'Technology',
      n.summary = 'Biotechnology for farming.',
      n.aliases = ['agri-biotech'];
MERGE (n:Entity {id: 'medical-devices'})
  ON CREATE SET n:Technology,
      n.name = 'Advanced Medical Devices',
      n.kind = 'Technology',
      n.summary = 'High-end medical equipment.',
      n.aliases = ['medical equipment'];
MERGE (n:Entity {id: 'ev-batteries'})
  ON CREATE SET n:Technology,
      n.name = 'EV Batteries',
      n.kind = 'Technology',
      n.summary = 'Batteries for electric vehicles.',
      n.aliases = ['EV battery', 'battery technology'];
MERGE (n:Entity {id: 'electric-vehicles'})
  ON CREATE SET n:Technology,
      n.name = 'Electric Vehicles',
      n.kind = 'Technology',
      n.summary = 'Battery-powered vehicles.',
      n.aliases = ['EVs', 'NEVs'];
MERGE (n:Entity {id: 'china'})
  ON CREATE SET n:Place:Country,
      n.name = 'China',
      n.kind = 'Place',
      n.summary = 'The People\'s Republic of China.',
      n.aliases = ['PRC', 'People\'s Republic of China', 'Chinese'];
MERGE (n:Entity {id: 'united-states'})
  ON CREATE SET n:Place:Country,
      n.name = 'United States',
      n.kind = 'Place',
      n.summary = 'The United States of America.',
      n.aliases = ['U.S.', 'US', 'USA', 'United States of America'];
MERGE (n:Entity {id: 'taiwan'})
  ON CREATE SET n:Place:Region,
      n.name = 'Taiwan',
      n.kind = 'Place',
      n.summary = 'Home of TSMC.',
      n.aliases = ['Taiwan'];
MERGE (n:Entity {id: 'south-korea'})
  ON CREATE SET n:Place:Country,
      n.name = 'South Korea',
      n.kind = 'Place',
      n.summary = 'Home of Samsung.',
      n.aliases = ['Korea', 'Republic of Korea'];
MERGE (n:Entity {id: 'netherlands'})
  ON CREATE SET n:Place:Country,
      n.name = 'Netherlands',
      n.kind = 'Place',
      n.summary = 'Home of ASML.',
      n.aliases = ['the Netherlands', 'Holland', 'Dutch'];
MERGE (n:Entity {id: 'western-nations'})
  ON CREATE SET n:Place:Region,
      n.name = 'Western Nations',
      n.kind = 'Place',
      n.summary = 'Western countries that may accelerate decoupling.',
      n.aliases = ['the West', 'Western countries'];
MERGE (n:Entity {id: 'anhui'})
  ON CREATE SET n:Place:Province,
      n.name = 'Anhui',
      n.kind = 'Place',
      n.summary = 'Province of Hefei.',
      n.aliases = ['Anhui province'];
MERGE (n:Entity {id: 'hefei'})
  ON CREATE SET n:Place:City,
      n.name = 'Hefei',
      n.kind = 'Place',
      n.summary = 'Capital of Anhui; a hub for new energy vehicles and semiconductors built by local government support.',
      n.aliases = ['Hefei city'];
MERGE (n:Entity {id: 'shenzhen'})
  ON CREATE SET n:Place:City,
      n.name = 'Shenzhen',
      n.kind = 'Place',
      n.summary = 'National innovation centre for electronics and hardware innovation.',
      n.aliases = ['Shenzhen city'];
MERGE (n:Entity {id: 'shanghai'})
  ON CREATE SET n:Place:City,
      n.name = 'Shanghai',
      n.kind = 'Place',
      n.summary = 'National innovation centre for semiconductors and AI.',
      n.aliases = ['Shanghai city'];
MERGE (n:Entity {id: 'beijing'})
  ON CREATE SET n:Place:City,
      n.name = 'Beijing',
      n.kind = 'Place',
      n.summary = 'National innovation centre for AI and software.',
      n.aliases = ['Peking', 'Beijing city'];
MERGE (n:Entity {id: 'technological-bottlenecks'})
  ON CREATE SET n:Challenge,
      n.name = 'Technological Bottlenecks',
      n.kind = 'Challenge',
      n.summary = 'Technologies such as advanced lithography take decades of expertise and global collaboration.',
      n.aliases = ['bottlenecks'];
MERGE (n:Entity {id: 'talent-brain-drain'})
  ON CREATE SET n:Challenge,
      n.name = 'Talent Brain Drain & Quality',
      n.kind = 'Challenge',
      n.summary = 'Attracting and keeping top-tier talent; doubts whether state-led innovation works.',
      n.aliases = ['brain drain', 'talent quality'];
MERGE (n:Entity {id: 'global-isolation'})
  ON CREATE SET n:Challenge,
      n.name = 'Global Isolation & Decoupling',
      n.kind = 'Challenge',
      n.summary = 'Western decoupling that fragments standards and supply chains and limits access to research and markets.',
      n.aliases = ['decoupling', 'isolation'];
MERGE (n:Entity {id: 'cost-efficiency'})
  ON CREATE SET n:Challenge,
      n.name = 'Cost & Efficiency',
      n.kind = 'Challenge',
      n.summary = 'Duplicating global supply chains at home is expensive and less efficient.',
      n.aliases = ['cost', 'efficiency'];
MERGE (n:Entity {id: 'innovation-culture'})
  ON CREATE SET n:Challenge,
      n.name = 'Innovation Culture vs. State Control',
      n.kind = 'Challenge',
      n.summary = 'State control may stifle the creativity and risk-taking breakthroughs need.',
      n.aliases = ['state control', 'innovation culture'];
MERGE (n:Entity {id: 'chip-complexity'})
  ON CREATE SET n:Challenge,
      n.name = 'Complexity of Advanced Chip Manufacturing',
      n.kind = 'Challenge',
      n.summary = 'The extreme complexity of manufacturing advanced chips.',
      n.aliases = ['manufacturing complexity'];
MERGE (n:Entity {id: 'euv-dependency'})
  ON CREATE SET n:Challenge,
      n.name = 'Dependency on Specialized Equipment',
      n.kind = 'Challenge',
      n.summary = 'Dependence on equipment like ASML\'s EUV machines that China cannot obtain.',
      n.aliases = ['equipment dependency'];
MERGE (n:Entity {id: 'ai-data'})
  ON CREATE SET n:Strength,
      n.name = 'Abundant Data',
      n.kind = 'Strength',
      n.summary = 'Vast data resources for AI.',
      n.aliases = ['data resources'];
MERGE (n:Entity {id: 'ai-funding'})
  ON CREATE SET n:Strength,
      n.name = 'Strong Government Funding for AI',
      n.kind = 'Strength',
      n.summary = 'Strong government funding and support for AI.',
      n.aliases = ['government support'];
MERGE (n:Entity {id: 'ai-deployment'})
  ON CREATE SET n:Strength,
      n.name = 'Rapid Deployment of AI',
      n.kind = 'Strength',
      n.summary = 'Rapid deployment of AI applications across sectors.',
      n.aliases = ['fast deployment'];
MERGE (n:Entity {id: 'nev-market'})
  ON CREATE SET n:Strength,
      n.name = 'Extensive Domestic Market',
      n.kind = 'Strength',
      n.summary = 'A large home market for NEVs.',
      n.aliases = ['domestic market'];
MERGE (n:Entity {id: 'nev-supply-chain'})
  ON CREATE SET n:Strength,
      n.name = 'Comprehensive Supply Chain',
      n.kind = 'Strength',
      n.summary = 'A complete NEV supply chain.',
      n.aliases = ['supply chain'];
MERGE (n:Entity {id: 'nev-subsidies'})
  ON CREATE SET n:Strength,
      n.name = 'Government Subsidies for NEVs',
      n.kind = 'Strength',
      n.summary = 'Significant subsidies for consumers and manufacturers.',
      n.aliases = ['NEV subsidies'];
MERGE (n:Entity {id: 'impl-resilience'})
  ON CREATE SET n:Implication,
      n.name = 'Increased Resilience Against External Shocks',
      n.kind = 'Implication',
      n.summary = 'China becomes more resilient to outside shocks.',
      n.aliases = [],
      n.audience = 'China';
MERGE (n:Entity {id: 'impl-national-security'})
  ON CREATE SET n:Implication,
      n.name = 'Enhanced National Security',
      n.kind = 'Implication',
      n.summary = 'China\'s national security improves.',
      n.aliases = [],
      n.audience = 'China';
MERGE (n:Entity {id: 'impl-balanced-economy'})
  ON CREATE SET n:Implication,
      n.name = 'A More Balanced, Domestically Driven Economy',
      n.kind = 'Implication',
      n.summary = 'China\'s economy rests more on domestic demand.',
      n.aliases = [],
      n.audience = 'China';
MERGE (n:Entity {id: 'impl-tech-leadership'})
  ON CREATE SET n:Implication,
      n.name = 'Stronger Position in Global Technology Leadership',
      n.kind = 'Implication',
      n.summary = 'China gains ground in future global tech leadership.',
      n.aliases = [],
      n.audience = 'China';
MERGE (n:Entity {id: 'impl-fractured-supply-chains'})
  ON CREATE SET n:Implication,
      n.name = 'Fracturing of Global Supply Chains',
      n.kind = 'Implication',
      n.summary = 'Global supply chains may split.',
      n.aliases = [],
      n.audience = 'Global Tech';
MERGE (n:Entity {id: 'impl-parallel-ecosystems'})
  ON CREATE SET n:Implication,
      n.name = 'Parallel Tech Ecosystems',
      n.kind = 'Implication',
      n.summary = 'A “China stack” beside a “Western stack”.',
      n.aliases = ['China stack', 'Western stack'],
      n.audience = 'Global Tech';
MERGE (n:Entity {id: 'impl-global-rd'})
  ON CREATE SET n:Implication,
      n.name = 'Increased R&D Spending Globally',
      n.kind = 'Implication',
      n.summary = 'Other nations also pursue tech sovereignty.',
      n.aliases = ['tech sovereignty'],
      n.audience = 'Global Tech';
MERGE (n:Entity {id: 'impl-competition'})
  ON CREATE SET n:Implication,
      n.name = 'Intensified Competition in Strategic Tech',
      n.kind = 'Implication',
      n.summary = 'Sharper competition in strategic technology fields.',
      n.aliases = [],
      n.audience = 'Global Tech';
MERGE (n:Entity {id: 'impl-regulation'})
  ON CREATE SET n:Implication,
      n.name = 'A More Complex Regulatory Environment',
      n.kind = 'Implication',
      n.summary = 'International businesses face more complex rules.',
      n.aliases = [],
      n.audience = 'International Businesses';
MERGE (n:Entity {id: 'impl-localization'})
  ON CREATE SET n:Implication,
      n.name = 'Pressure to Localize Operations and IP',
      n.kind = 'Implication',
      n.summary = 'Pressure to localise operations and intellectual property.',
      n.aliases = ['localization'],
      n.audience = 'International Businesses';
MERGE (n:Entity {id: 'impl-dual-supply-chains'})
  ON CREATE SET n:Implication,
      n.name = 'Choosing Between Dual Supply Chains',
      n.kind = 'Implication',
      n.summary = 'The need to choose between dual supply chains.',
      n.aliases = [],
      n.audience = 'International Businesses';
MERGE (n:Entity {id: 'impl-opportunities'})
  ON CREATE SET n:Implication,
      n.name = 'New Opportunities for Helpful Companies',
      n.kind = 'Implication',
      n.summary = 'Opportunities for companies that help China reach its goals.',
      n.aliases = [],
      n.audience = 'International Businesses';
MERGE (n:Entity {id: 'impl-champion-competition'})
  ON CREATE SET n:Implication,
      n.name = 'Competition from Chinese National Champions',
      n.kind = 'Implication',
      n.summary = 'Heightened competition from Chinese national champions.',
      n.aliases = [],
      n.audience = 'International Businesses';

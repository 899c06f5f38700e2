// Claims of the article, each citing the words that support it. MERGE: loading twice changes nothing.
MATCH (a:Entity {id: 'xi-jinping'}), (b:Entity {id: 'xi-third-term'})
MERGE (a)-[r:SERVES]->(b)
  ON CREATE SET r.evidence = 'China, under the consolidated leadership of President Xi Jinping for a historic third term',
      r.section = 'Introduction',
      r.source = 'article';
MATCH (a:Entity {id: 'xi-third-term'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:INTENSIFIES]->(b)
  ON CREATE SET r.evidence = 'is doubling down on its ambitious quest for technological self-reliance',
      r.section = 'Introduction',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'made-in-china-2025'})
MERGE (a)-[r:SUPERSEDES]->(b)
  ON CREATE SET r.evidence = 'Forget “Made in China 2025”',
      r.section = 'Introduction',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'innovated-in-china'})
MERGE (a)-[r:AIMS_FOR]->(b)
  ON CREATE SET r.evidence = 'the current drive is even more intense, aiming for “Innovated in China.”',
      r.section = 'Introduction',
      r.source = 'article';
MATCH (a:Entity {id: 'xi-third-term'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:SIGNALS_COMMITMENT_TO]->(b)
  ON CREATE SET r.evidence = 'Xi Jinping’s third term clearly signals a heightened, unwavering commitment to achieving comprehensive technological self-reliance.',
      r.section = 'Conclusion: A Marathon, Not a Sprint',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'global-tech-industry'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'China’s quest for tech self-reliance will undoubtedly reshape the global technology landscape for decades to come.',
      r.section = 'Conclusion: A Marathon, Not a Sprint',
      r.source = 'article';
MATCH (a:Entity {id: 'us-china-tech-war'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:MOTIVATES]->(b)
  ON CREATE SET r.evidence = 'The US-China Tech War',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article',
      r.weight = 1.0,
      r.role = 'The most prominent catalyst.';
MATCH (a:Entity {id: 'us-china-tech-war'}), (b:Entity {id: 'us-sanctions-huawei'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei, ZTE, and more recently, restrictions on advanced semiconductor technology',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'us-china-tech-war'}), (b:Entity {id: 'us-sanctions-zte'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei, ZTE',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'us-china-tech-war'}), (b:Entity {id: 'us-chip-controls'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'more recently, restrictions on advanced semiconductor technology',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-sanctions-huawei'})
MERGE (a)-[r:IMPOSES]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-sanctions-zte'})
MERGE (a)-[r:IMPOSES]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei, ZTE',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-chip-controls'})
MERGE (a)-[r:IMPOSES]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei, ZTE, and more recently, restrictions on advanced semiconductor technology',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'us-sanctions-huawei'}), (b:Entity {id: 'huawei'})
MERGE (a)-[r:TARGETS]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article',
      r.weight = 1.0;
MATCH (a:Entity {id: 'us-sanctions-zte'}), (b:Entity {id: 'zte'})
MERGE (a)-[r:TARGETS]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei, ZTE',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article',
      r.weight = 1.0;
MATCH (a:Entity {id: 'us-chip-controls'}), (b:Entity {id: 'advanced-chips'})
MERGE (a)-[r:RESTRICTS]->(b)
  ON CREATE SET r.evidence = 'restrictions on advanced semiconductor technology',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article',
      r.weight = 1.0;
MATCH (a:Entity {id: 'us-chip-controls'}), (b:Entity {id: 'chinese-tech-giants'})
MERGE (a)-[r:APPLIES_TO]->(b)
  ON CREATE SET r.evidence = 'Sanctions imposed by the U.S. government on Chinese tech giants like Huawei, ZTE, and more recently, restrictions on advanced semiconductor technology',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'us-china-tech-war'}), (b:Entity {id: 'chinese-government'})
MERGE (a)-[r:SENT_MESSAGE_TO]->(b)
  ON CREATE SET r.evidence = 'have sent a clear message to Beijing: reliance on foreign critical technologies is a national security risk',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'huawei'}), (b:Entity {id: 'advanced-chips'})
MERGE (a)-[r:STRUGGLED_TO_SECURE]->(b)
  ON CREATE SET r.evidence = 'Huawei’s struggle to secure high-end chips for its smartphones vividly illustrated this vulnerability.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'advanced-chips'})
MERGE (a)-[r:RELIES_ON]->(b)
  ON CREATE SET r.evidence = 'China relies heavily on foreign chips',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'us-china-tech-war'}), (b:Entity {id: 'us-sanctions-smic'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'aiming to catch up in process technology despite U.S. sanctions',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-sanctions-smic'})
MERGE (a)-[r:IMPOSES]->(b)
  ON CREATE SET r.evidence = 'aiming to catch up in process technology despite U.S. sanctions',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'us-sanctions-smic'}), (b:Entity {id: 'smic'})
MERGE (a)-[r:TARGETS]->(b)
  ON CREATE SET r.evidence = 'China’s largest chip foundry, aiming to catch up in process technology despite U.S. sanctions.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.weight = 1.0;
MATCH (a:Entity {id: 'us-sanctions-huawei'}), (b:Entity {id: 'hisilicon'})
MERGE (a)-[r:TARGETS]->(b)
  ON CREATE SET r.evidence = 'Huawei (HiSilicon): Though sanctioned, its chip design arm remains a key innovator.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'supply-chain-resilience'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:MOTIVATES]->(b)
  ON CREATE SET r.evidence = 'China, as the “world’s factory,” understands the critical need to secure its own inputs.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'covid-19'}), (b:Entity {id: 'supply-chain-resilience'})
MERGE (a)-[r:TRIGGERS]->(b)
  ON CREATE SET r.evidence = 'events like the COVID-19 pandemic exposed the fragility of global supply chains',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'covid-19'}), (b:Entity {id: 'consumer-electronics'})
MERGE (a)-[r:DISRUPTED]->(b)
  ON CREATE SET r.evidence = 'impacting everything from consumer electronics to automotive production',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'covid-19'}), (b:Entity {id: 'automotive-production'})
MERGE (a)-[r:DISRUPTED]->(b)
  ON CREATE SET r.evidence = 'impacting everything from consumer electronics to automotive production',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'national-security'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:MOTIVATES]->(b)
  ON CREATE SET r.evidence = 'China’s pursuit of self-reliance in these domains directly supports its goal of building a “world-class military” by 2049.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'national-security'}), (b:Entity {id: 'goal-military-2049'})
MERGE (a)-[r:PURSUES]->(b)
  ON CREATE SET r.evidence = 'its goal of building a “world-class military” by 2049',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-military-2049'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:REQUIRES]->(b)
  ON CREATE SET r.evidence = 'Advanced technology, particularly in areas like AI, quantum computing, and aerospace, is crucial for modern military capabilities.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-military-2049'}), (b:Entity {id: 'quantum'})
MERGE (a)-[r:REQUIRES]->(b)
  ON CREATE SET r.evidence = 'Advanced technology, particularly in areas like AI, quantum computing, and aerospace, is crucial for modern military capabilities.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-military-2049'}), (b:Entity {id: 'aerospace'})
MERGE (a)-[r:REQUIRES]->(b)
  ON CREATE SET r.evidence = 'Advanced technology, particularly in areas like AI, quantum computing, and aerospace, is crucial for modern military capabilities.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'economic-rebalancing'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:MOTIVATES]->(b)
  ON CREATE SET r.evidence = 'Tech self-reliance is central to this, fostering indigenous innovation and creating high-value jobs within China.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article',
      r.weight = 0.7;
MATCH (a:Entity {id: 'economic-rebalancing'}), (b:Entity {id: 'dual-circulation'})
MERGE (a)-[r:PURSUED_THROUGH]->(b)
  ON CREATE SET r.evidence = 'Xi’s “dual circulation” strategy emphasizes strengthening the domestic market and reducing reliance on external markets and technologies.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'dual-circulation'}), (b:Entity {id: 'xi-jinping'})
MERGE (a)-[r:PROPOSED_BY]->(b)
  ON CREATE SET r.evidence = 'Xi’s “dual circulation” strategy',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'dual-circulation'})
MERGE (a)-[r:CENTRAL_TO]->(b)
  ON CREATE SET r.evidence = 'Tech self-reliance is central to this',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'pillar-investment'})
MERGE (a)-[r:HAS_PILLAR]->(b)
  ON CREATE SET r.evidence = 'Massive State-Led Investment & Subsidies',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'pillar-talent'})
MERGE (a)-[r:HAS_PILLAR]->(b)
  ON CREATE SET r.evidence = 'Talent Cultivation & Retention',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'pillar-ecosystem'})
MERGE (a)-[r:HAS_PILLAR]->(b)
  ON CREATE SET r.evidence = 'Ecosystem Building & Industrial Parks',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'pillar-procurement'})
MERGE (a)-[r:HAS_PILLAR]->(b)
  ON CREATE SET r.evidence = 'Strategic Procurement & “National Champions”',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'xi-third-term'}), (b:Entity {id: 'pillar-investment'})
MERGE (a)-[r:INTENSIFIES]->(b)
  ON CREATE SET r.evidence = 'Under Xi’s third term, China’s approach to achieving tech self-reliance is multifaceted, involving massive investment, policy support, and an all-of-government approach.',
      r.section = 'The “How”: Pillars of China’s Self-Reliance Strategy',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-investment'}), (b:Entity {id: 'big-fund'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'The “Big Fund” (National Integrated Circuit Industry Investment Fund)',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'big-fund-phase-2'}), (b:Entity {id: 'big-fund'})
MERGE (a)-[r:PHASE_OF]->(b)
  ON CREATE SET r.evidence = 'This state-backed fund, now in its second phase',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'big-fund-phase-1'}), (b:Entity {id: 'big-fund'})
MERGE (a)-[r:PHASE_OF]->(b)
  ON CREATE SET r.evidence = 'The Big Fund\'s first phase (2014–2019) came before the second phase the article mentions.',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'public record';
MATCH (a:Entity {id: 'big-fund'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:INVESTS_IN]->(b)
  ON CREATE SET r.evidence = 'has committed tens of billions of dollars to boost China’s semiconductor industry',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article',
      r.weight = 1.0;
MATCH (a:Entity {id: 'big-fund'}), (b:Entity {id: 'chip-design'})
MERGE (a)-[r:INVESTS_IN]->(b)
  ON CREATE SET r.evidence = 'investing in chip design, manufacturing, and equipment',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'big-fund'}), (b:Entity {id: 'chip-manufacturing'})
MERGE (a)-[r:INVESTS_IN]->(b)
  ON CREATE SET r.evidence = 'investing in chip design, manufacturing, and equipment',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'big-fund'}), (b:Entity {id: 'chip-equipment'})
MERGE (a)-[r:INVESTS_IN]->(b)
  ON CREATE SET r.evidence = 'investing in chip design, manufacturing, and equipment',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'big-fund-phase-2'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:INVESTS_IN]->(b)
  ON CREATE SET r.evidence = 'This state-backed fund, now in its second phase, has committed tens of billions of dollars to boost China’s semiconductor industry',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-investment'}), (b:Entity {id: 'local-government-support'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Local Government Support: Provinces and cities are also establishing their own tech funds',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'local-governments'}), (b:Entity {id: 'local-government-support'})
MERGE (a)-[r:RUNS]->(b)
  ON CREATE SET r.evidence = 'Provinces and cities are also establishing their own tech funds and offering generous subsidies, tax breaks, and land deals to attract and nurture tech companies.',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'local-government-support'}), (b:Entity {id: 'hefei'})
MERGE (a)-[r:DEVELOPED]->(b)
  ON CREATE SET r.evidence = 'Hefei in Anhui province has become a hub for new energy vehicles and semiconductors due to aggressive local government support.',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'hefei'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:HUB_FOR]->(b)
  ON CREATE SET r.evidence = 'Hefei in Anhui province has become a hub for new energy vehicles and semiconductors',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'hefei'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:HUB_FOR]->(b)
  ON CREATE SET r.evidence = 'Hefei in Anhui province has become a hub for new energy vehicles and semiconductors',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'hefei'}), (b:Entity {id: 'anhui'})
MERGE (a)-[r:LOCATED_IN]->(b)
  ON CREATE SET r.evidence = 'Hefei in Anhui province',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'anhui'}), (b:Entity {id: 'china'})
MERGE (a)-[r:LOCATED_IN]->(b)
  ON CREATE SET r.evidence = 'Anhui is a province of eastern China.',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'public record';
MATCH (a:Entity {id: 'pillar-investment'}), (b:Entity {id: 'rd-spending'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Research & Development (R&D) Spending: China’s R&D expenditure has been steadily climbing',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'rd-spending'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:SECOND_ONLY_TO]->(b)
  ON CREATE SET r.evidence = 'China’s R&D expenditure has been steadily climbing, now second only to the U.S.',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'rd-spending'}), (b:Entity {id: 'soes'})
MERGE (a)-[r:CHANNELED_THROUGH]->(b)
  ON CREATE SET r.evidence = 'The goal is to funnel funds directly into strategically critical areas, often through state-owned enterprises (SOEs) and top universities.',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'rd-spending'}), (b:Entity {id: 'top-universities'})
MERGE (a)-[r:CHANNELED_THROUGH]->(b)
  ON CREATE SET r.evidence = 'The goal is to funnel funds directly into strategically critical areas, often through state-owned enterprises (SOEs) and top universities.',
      r.section = '1. Massive State-Led Investment & Subsidies',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-talent'}), (b:Entity {id: 'stem-education'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'STEM Education: Massive investment in science, technology, engineering, and mathematics education',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'stem-education'}), (b:Entity {id: 'stem-graduates'})
MERGE (a)-[r:PRODUCES]->(b)
  ON CREATE SET r.evidence = 'China produces more STEM graduates than any other country.',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-talent'}), (b:Entity {id: 'attracting-overseas-talent'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Attracting Overseas Talent',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'thousand-talents-plan'}), (b:Entity {id: 'attracting-overseas-talent'})
MERGE (a)-[r:INSTANCE_OF]->(b)
  ON CREATE SET r.evidence = 'Programs like the “Thousand Talents Plan” (though now more discreet)',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'thousand-talents-plan'}), (b:Entity {id: 'overseas-chinese-researchers'})
MERGE (a)-[r:ATTRACTS]->(b)
  ON CREATE SET r.evidence = 'aim to lure back highly skilled Chinese researchers and engineers from abroad, offering lucrative incentives and research opportunities',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'attracting-overseas-talent'}), (b:Entity {id: 'overseas-chinese-researchers'})
MERGE (a)-[r:ATTRACTS]->(b)
  ON CREATE SET r.evidence = 'aim to lure back highly skilled Chinese researchers and engineers from abroad',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-talent'}), (b:Entity {id: 'domestic-talent-development'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Domestic Talent Development: Fostering a strong ecosystem of tech talent within China through specialized training programs, industry-university collaboration, and creating attractive career paths in cutting-edge fields.',
      r.section = '2. Talent Cultivation & Retention',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-ecosystem'}), (b:Entity {id: 'tech-hubs'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Tech Hubs: Cities like Shenzhen',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-hubs'}), (b:Entity {id: 'shenzhen'})
MERGE (a)-[r:DESIGNATES]->(b)
  ON CREATE SET r.evidence = 'Cities like Shenzhen (electronics, hardware innovation), Shanghai (semiconductors, AI), and Beijing (AI, software) are designated national innovation centers, offering world-class infrastructure and policy support.',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'shenzhen'}), (b:Entity {id: 'china'})
MERGE (a)-[r:LOCATED_IN]->(b)
  ON CREATE SET r.evidence = 'Cities like Shenzhen (electronics, hardware innovation), Shanghai (semiconductors, AI), and Beijing (AI, software) are designated national innovation centers',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'shenzhen'}), (b:Entity {id: 'electronics-hardware'})
MERGE (a)-[r:HUB_FOR]->(b)
  ON CREATE SET r.evidence = 'Shenzhen (electronics, hardware innovation)',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-hubs'}), (b:Entity {id: 'shanghai'})
MERGE (a)-[r:DESIGNATES]->(b)
  ON CREATE SET r.evidence = 'Cities like Shenzhen (electronics, hardware innovation), Shanghai (semiconductors, AI), and Beijing (AI, software) are designated national innovation centers, offering world-class infrastructure and policy support.',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'shanghai'}), (b:Entity {id: 'china'})
MERGE (a)-[r:LOCATED_IN]->(b)
  ON CREATE SET r.evidence = 'Cities like Shenzhen (electronics, hardware innovation), Shanghai (semiconductors, AI), and Beijing (AI, software) are designated national innovation centers',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'shanghai'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:HUB_FOR]->(b)
  ON CREATE SET r.evidence = 'Shanghai (semiconductors, AI)',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'shanghai'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:HUB_FOR]->(b)
  ON CREATE SET r.evidence = 'Shanghai (semiconductors, AI)',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-hubs'}), (b:Entity {id: 'beijing'})
MERGE (a)-[r:DESIGNATES]->(b)
  ON CREATE SET r.evidence = 'Cities like Shenzhen (electronics, hardware innovation), Shanghai (semiconductors, AI), and Beijing (AI, software) are designated national innovation centers, offering world-class infrastructure and policy support.',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'beijing'}), (b:Entity {id: 'china'})
MERGE (a)-[r:LOCATED_IN]->(b)
  ON CREATE SET r.evidence = 'Cities like Shenzhen (electronics, hardware innovation), Shanghai (semiconductors, AI), and Beijing (AI, software) are designated national innovation centers',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'beijing'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:HUB_FOR]->(b)
  ON CREATE SET r.evidence = 'Beijing (AI, software)',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'beijing'}), (b:Entity {id: 'software'})
MERGE (a)-[r:HUB_FOR]->(b)
  ON CREATE SET r.evidence = 'Beijing (AI, software)',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-ecosystem'}), (b:Entity {id: 'industrial-clusters'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Industrial Clusters: Encouraging the formation of complete supply chains within specific regions.',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'industrial-clusters'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:BUILDS_CLUSTERS_FOR]->(b)
  ON CREATE SET r.evidence = 'creating clusters for EV battery production',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'industrial-clusters'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:BUILDS_CLUSTERS_FOR]->(b)
  ON CREATE SET r.evidence = 'or semiconductor manufacturing, where companies from design to packaging are co-located',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-ecosystem'}), (b:Entity {id: 'little-giants'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = '“Little Giants”',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'miit'}), (b:Entity {id: 'little-giants'})
MERGE (a)-[r:LAUNCHED]->(b)
  ON CREATE SET r.evidence = 'A program launched by the Ministry of Industry and Information Technology (MIIT)',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'little-giants'}), (b:Entity {id: 'smes'})
MERGE (a)-[r:SUPPORTS]->(b)
  ON CREATE SET r.evidence = 'to identify and support small and medium-sized enterprises (SMEs) that specialize in niche, high-tech areas, often critical components or materials',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article',
      r.weight = 0.9;
MATCH (a:Entity {id: 'miit'}), (b:Entity {id: 'little-giants'})
MERGE (a)-[r:RUNS]->(b)
  ON CREATE SET r.evidence = 'These companies receive financial incentives and policy support.',
      r.section = '3. Ecosystem Building & Industrial Parks',
      r.source = 'article';
MATCH (a:Entity {id: 'pillar-procurement'}), (b:Entity {id: 'domestic-alternatives'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Domestic Alternatives: Encouraging state-owned enterprises to switch from foreign software',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'domestic-alternatives'}), (b:Entity {id: 'soes'})
MERGE (a)-[r:APPLIES_TO]->(b)
  ON CREATE SET r.evidence = 'Encouraging state-owned enterprises to switch from foreign software (e.g., Microsoft, Oracle) to domestic alternatives (e.g., Kingsoft, Huawei Cloud).',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'domestic-alternatives'}), (b:Entity {id: 'government-agencies'})
MERGE (a)-[r:APPLIES_TO]->(b)
  ON CREATE SET r.evidence = 'China is actively promoting the use of domestically produced components and software wherever possible, especially within government agencies and SOEs.',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'domestic-alternatives'}), (b:Entity {id: 'microsoft'})
MERGE (a)-[r:REPLACES]->(b)
  ON CREATE SET r.evidence = 'switch from foreign software (e.g., Microsoft, Oracle)',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'domestic-alternatives'}), (b:Entity {id: 'oracle'})
MERGE (a)-[r:REPLACES]->(b)
  ON CREATE SET r.evidence = 'switch from foreign software (e.g., Microsoft, Oracle)',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'domestic-alternatives'}), (b:Entity {id: 'kingsoft'})
MERGE (a)-[r:PROMOTES]->(b)
  ON CREATE SET r.evidence = 'to domestic alternatives (e.g., Kingsoft, Huawei Cloud)',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'domestic-alternatives'}), (b:Entity {id: 'huawei-cloud'})
MERGE (a)-[r:PROMOTES]->(b)
  ON CREATE SET r.evidence = 'to domestic alternatives (e.g., Kingsoft, Huawei Cloud)',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'pillar-procurement'}), (b:Entity {id: 'national-champions'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Supporting “National Champions”: Identifying and heavily backing companies deemed critical to national tech goals.',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'national-champions'}), (b:Entity {id: 'smic'})
MERGE (a)-[r:BACKS]->(b)
  ON CREATE SET r.evidence = 'These firms often receive preferential treatment, subsidies, and privileged access to markets. Examples include SMIC in semiconductors, Huawei in telecommunications, and CATL in EV batteries.',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article',
      r.weight = 0.9;
MATCH (a:Entity {id: 'smic'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:NATIONAL_CHAMPION_IN]->(b)
  ON CREATE SET r.evidence = 'SMIC in semiconductors',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'national-champions'}), (b:Entity {id: 'huawei'})
MERGE (a)-[r:BACKS]->(b)
  ON CREATE SET r.evidence = 'These firms often receive preferential treatment, subsidies, and privileged access to markets. Examples include SMIC in semiconductors, Huawei in telecommunications, and CATL in EV batteries.',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article',
      r.weight = 0.9;
MATCH (a:Entity {id: 'huawei'}), (b:Entity {id: 'telecommunications'})
MERGE (a)-[r:NATIONAL_CHAMPION_IN]->(b)
  ON CREATE SET r.evidence = 'Huawei in telecommunications',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'national-champions'}), (b:Entity {id: 'catl'})
MERGE (a)-[r:BACKS]->(b)
  ON CREATE SET r.evidence = 'These firms often receive preferential treatment, subsidies, and privileged access to markets. Examples include SMIC in semiconductors, Huawei in telecommunications, and CATL in EV batteries.',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article',
      r.weight = 0.9;
MATCH (a:Entity {id: 'catl'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:NATIONAL_CHAMPION_IN]->(b)
  ON CREATE SET r.evidence = 'CATL in EV batteries',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'huawei-cloud'}), (b:Entity {id: 'huawei'})
MERGE (a)-[r:SUBSIDIARY_OF]->(b)
  ON CREATE SET r.evidence = 'Huawei Cloud',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:FOCUSES_ON]->(b)
  ON CREATE SET r.evidence = 'Semiconductors (The “Crown Jewel” of Tech)',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:FOCUSES_ON]->(b)
  ON CREATE SET r.evidence = 'Artificial Intelligence (AI)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'quantum'})
MERGE (a)-[r:FOCUSES_ON]->(b)
  ON CREATE SET r.evidence = 'Quantum Computing & Communications',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'biotechnology'})
MERGE (a)-[r:FOCUSES_ON]->(b)
  ON CREATE SET r.evidence = 'Biotechnology',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:FOCUSES_ON]->(b)
  ON CREATE SET r.evidence = 'New Energy Vehicles (NEVs) & Batteries',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'semiconductors'}), (b:Entity {id: 'tsmc'})
MERGE (a)-[r:LAGS_BEHIND]->(b)
  ON CREATE SET r.evidence = 'its indigenous chip manufacturing capabilities lag significantly behind global leaders like Taiwan’s TSMC',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'semiconductors'}), (b:Entity {id: 'samsung'})
MERGE (a)-[r:LAGS_BEHIND]->(b)
  ON CREATE SET r.evidence = 'lag significantly behind global leaders like Taiwan’s TSMC or South Korea’s Samsung',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'tsmc'}), (b:Entity {id: 'taiwan'})
MERGE (a)-[r:HEADQUARTERED_IN]->(b)
  ON CREATE SET r.evidence = 'Taiwan’s TSMC',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'samsung'}), (b:Entity {id: 'south-korea'})
MERGE (a)-[r:HEADQUARTERED_IN]->(b)
  ON CREATE SET r.evidence = 'South Korea’s Samsung',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'semiconductors'}), (b:Entity {id: 'goal-semiconductors'})
MERGE (a)-[r:HAS_GOAL]->(b)
  ON CREATE SET r.evidence = 'Achieve self-sufficiency in chip design, manufacturing (especially advanced nodes), and equipment.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-semiconductors'}), (b:Entity {id: 'chip-design'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Achieve self-sufficiency in chip design, manufacturing (especially advanced nodes), and equipment.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-semiconductors'}), (b:Entity {id: 'chip-manufacturing'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Achieve self-sufficiency in chip design, manufacturing (especially advanced nodes), and equipment.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-semiconductors'}), (b:Entity {id: 'chip-equipment'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Achieve self-sufficiency in chip design, manufacturing (especially advanced nodes), and equipment.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'smic'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'SMIC (Semiconductor Manufacturing International Corporation): China’s largest chip foundry',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.role = 'China’s largest chip foundry';
MATCH (a:Entity {id: 'smic'}), (b:Entity {id: 'chip-manufacturing'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'China’s largest chip foundry, aiming to catch up in process technology',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'ymtc'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Yangtze Memory Technologies Co. (YMTC): A major player in NAND flash memory.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.role = 'A major player in NAND flash memory';
MATCH (a:Entity {id: 'ymtc'}), (b:Entity {id: 'nand-flash'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'A major player in NAND flash memory.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'hisilicon'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Huawei (HiSilicon): Though sanctioned, its chip design arm remains a key innovator.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.role = 'Huawei\'s chip design arm';
MATCH (a:Entity {id: 'hisilicon'}), (b:Entity {id: 'huawei'})
MERGE (a)-[r:SUBSIDIARY_OF]->(b)
  ON CREATE SET r.evidence = 'Huawei (HiSilicon): Though sanctioned, its chip design arm',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'hisilicon'}), (b:Entity {id: 'chip-design'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'its chip design arm remains a key innovator',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'chip-complexity'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'The extreme complexity of manufacturing advanced chips',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'euv-dependency'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'particularly the dependency on highly specialized equipment like ASML’s (Netherlands) extreme ultraviolet (EUV) lithography machines',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.weight = 0.9;
MATCH (a:Entity {id: 'euv-dependency'}), (b:Entity {id: 'euv-lithography'})
MERGE (a)-[r:INVOLVES]->(b)
  ON CREATE SET r.evidence = 'the dependency on highly specialized equipment like ASML’s (Netherlands) extreme ultraviolet (EUV) lithography machines',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'semiconductors'}), (b:Entity {id: 'euv-lithography'})
MERGE (a)-[r:DEPENDS_ON]->(b)
  ON CREATE SET r.evidence = 'the dependency on highly specialized equipment like ASML’s (Netherlands) extreme ultraviolet (EUV) lithography machines',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.weight = 0.9;
MATCH (a:Entity {id: 'semiconductors'}), (b:Entity {id: 'advanced-chips'})
MERGE (a)-[r:DEPENDS_ON]->(b)
  ON CREATE SET r.evidence = 'China relies heavily on foreign chips, and its indigenous chip manufacturing capabilities lag significantly behind global leaders',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'asml'}), (b:Entity {id: 'euv-lithography'})
MERGE (a)-[r:MAKES]->(b)
  ON CREATE SET r.evidence = 'highly specialized equipment like ASML’s (Netherlands) extreme ultraviolet (EUV) lithography machines',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'asml'}), (b:Entity {id: 'netherlands'})
MERGE (a)-[r:HEADQUARTERED_IN]->(b)
  ON CREATE SET r.evidence = 'ASML’s (Netherlands)',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'euv-export-controls'}), (b:Entity {id: 'euv-lithography'})
MERGE (a)-[r:RESTRICTS]->(b)
  ON CREATE SET r.evidence = 'which are currently inaccessible to China due to export controls',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article',
      r.weight = 1.0;
MATCH (a:Entity {id: 'euv-export-controls'}), (b:Entity {id: 'china'})
MERGE (a)-[r:APPLIES_TO]->(b)
  ON CREATE SET r.evidence = 'which are currently inaccessible to China due to export controls',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'netherlands'}), (b:Entity {id: 'euv-export-controls'})
MERGE (a)-[r:IMPOSES]->(b)
  ON CREATE SET r.evidence = 'The Netherlands has not licensed exports of ASML\'s EUV lithography machines to China since 2019, under U.S. pressure.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'public record';
MATCH (a:Entity {id: 'us-china-tech-war'}), (b:Entity {id: 'euv-export-controls'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'which are currently inaccessible to China due to export controls',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'article';
MATCH (a:Entity {id: 'artificial-intelligence'}), (b:Entity {id: 'goal-ai-2030'})
MERGE (a)-[r:HAS_GOAL]->(b)
  ON CREATE SET r.evidence = 'China aims to be the world leader in AI by 2030',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'artificial-intelligence'}), (b:Entity {id: 'goal-ai-dominance'})
MERGE (a)-[r:HAS_GOAL]->(b)
  ON CREATE SET r.evidence = 'Dominate AI research, applications (e.g., smart cities, healthcare, military), and ethical frameworks.',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-ai-dominance'}), (b:Entity {id: 'smart-cities'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'applications (e.g., smart cities, healthcare, military)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-ai-dominance'}), (b:Entity {id: 'healthcare-ai'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'applications (e.g., smart cities, healthcare, military)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-ai-dominance'}), (b:Entity {id: 'military-ai'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'applications (e.g., smart cities, healthcare, military)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'baidu'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Baidu (autonomous driving, AI platforms)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'baidu'}), (b:Entity {id: 'autonomous-driving'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Baidu (autonomous driving, AI platforms)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'baidu'}), (b:Entity {id: 'ai-platforms'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Baidu (autonomous driving, AI platforms)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Alibaba (cloud AI, e-commerce applications)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'cloud-ai'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Alibaba (cloud AI, e-commerce applications)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'ecommerce-applications'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Alibaba (cloud AI, e-commerce applications)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'tencent'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Tencent (social media AI, gaming)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'tencent'}), (b:Entity {id: 'social-media-ai'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Tencent (social media AI, gaming)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'tencent'}), (b:Entity {id: 'gaming'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Tencent (social media AI, gaming)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'sensetime'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'SenseTime and Megvii (facial recognition, surveillance)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'sensetime'}), (b:Entity {id: 'facial-recognition'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'SenseTime and Megvii (facial recognition, surveillance)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'sensetime'}), (b:Entity {id: 'surveillance'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'SenseTime and Megvii (facial recognition, surveillance)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'megvii'}), (b:Entity {id: 'artificial-intelligence'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'SenseTime and Megvii (facial recognition, surveillance)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'megvii'}), (b:Entity {id: 'facial-recognition'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'SenseTime and Megvii (facial recognition, surveillance)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'megvii'}), (b:Entity {id: 'surveillance'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'SenseTime and Megvii (facial recognition, surveillance)',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'artificial-intelligence'}), (b:Entity {id: 'ai-data'})
MERGE (a)-[r:HAS_STRENGTH]->(b)
  ON CREATE SET r.evidence = 'Abundant data',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'artificial-intelligence'}), (b:Entity {id: 'ai-funding'})
MERGE (a)-[r:HAS_STRENGTH]->(b)
  ON CREATE SET r.evidence = 'strong government funding',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'artificial-intelligence'}), (b:Entity {id: 'ai-deployment'})
MERGE (a)-[r:HAS_STRENGTH]->(b)
  ON CREATE SET r.evidence = 'rapid deployment of AI applications in various sectors',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'artificial-intelligence'}), (b:Entity {id: 'surveillance'})
MERGE (a)-[r:APPLIED_IN]->(b)
  ON CREATE SET r.evidence = 'including surveillance and public administration',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'artificial-intelligence'}), (b:Entity {id: 'public-administration'})
MERGE (a)-[r:APPLIED_IN]->(b)
  ON CREATE SET r.evidence = 'including surveillance and public administration',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'article';
MATCH (a:Entity {id: 'quantum'}), (b:Entity {id: 'goal-quantum'})
MERGE (a)-[r:HAS_GOAL]->(b)
  ON CREATE SET r.evidence = 'Lead in quantum research and practical applications.',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'article';
MATCH (a:Entity {id: 'ustc'}), (b:Entity {id: 'quantum'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'The University of Science and Technology of China (USTC) and various state-backed research institutes are at the forefront',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'article';
MATCH (a:Entity {id: 'state-research-institutes'}), (b:Entity {id: 'quantum'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'various state-backed research institutes are at the forefront, with significant government funding',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'article';
MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'micius'})
MERGE (a)-[r:LAUNCHED]->(b)
  ON CREATE SET r.evidence = 'China has launched the world’s first quantum satellite, Micius, for secure communication.',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'article';
MATCH (a:Entity {id: 'micius'}), (b:Entity {id: 'quantum-secure-communication'})
MERGE (a)-[r:ENABLES]->(b)
  ON CREATE SET r.evidence = 'the world’s first quantum satellite, Micius, for secure communication',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'article';
MATCH (a:Entity {id: 'quantum'}), (b:Entity {id: 'quantum-secure-communication'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'immense potential for breakthroughs in computing power, secure communication, and sensing',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'article';
MATCH (a:Entity {id: 'ustc'}), (b:Entity {id: 'hefei'})
MERGE (a)-[r:LOCATED_IN]->(b)
  ON CREATE SET r.evidence = 'The University of Science and Technology of China is located in Hefei, Anhui province.',
      r.section = '3. Quantum Computing & Communications',
      r.source = 'public record';
MATCH (a:Entity {id: 'covid-19'}), (b:Entity {id: 'biotechnology'})
MERGE (a)-[r:HIGHLIGHTED]->(b)
  ON CREATE SET r.evidence = 'The pandemic highlighted the strategic importance of biotech',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'biotechnology'}), (b:Entity {id: 'vaccines'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'from vaccine development to gene sequencing and new drug discovery',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'biotechnology'}), (b:Entity {id: 'gene-sequencing'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'from vaccine development to gene sequencing and new drug discovery',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'biotechnology'}), (b:Entity {id: 'drug-discovery'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'from vaccine development to gene sequencing and new drug discovery',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'biotechnology'}), (b:Entity {id: 'goal-biotech'})
MERGE (a)-[r:HAS_GOAL]->(b)
  ON CREATE SET r.evidence = 'Enhance capabilities in pharmaceuticals, genomics, agricultural biotech, and advanced medical devices.',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-biotech'}), (b:Entity {id: 'drug-discovery'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Enhance capabilities in pharmaceuticals, genomics, agricultural biotech, and advanced medical devices.',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-biotech'}), (b:Entity {id: 'gene-sequencing'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Enhance capabilities in pharmaceuticals, genomics, agricultural biotech, and advanced medical devices.',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-biotech'}), (b:Entity {id: 'agricultural-biotech'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Enhance capabilities in pharmaceuticals, genomics, agricultural biotech, and advanced medical devices.',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'goal-biotech'}), (b:Entity {id: 'medical-devices'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Enhance capabilities in pharmaceuticals, genomics, agricultural biotech, and advanced medical devices.',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'bgi'}), (b:Entity {id: 'biotechnology'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'BGI Group (genomics)',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'bgi'}), (b:Entity {id: 'gene-sequencing'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'BGI Group (genomics)',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'sinovac'}), (b:Entity {id: 'biotechnology'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Sinovac, Sinopharm (vaccines)',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'sinovac'}), (b:Entity {id: 'vaccines'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Sinovac, Sinopharm (vaccines)',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'sinopharm'}), (b:Entity {id: 'biotechnology'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Sinovac, Sinopharm (vaccines)',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'sinopharm'}), (b:Entity {id: 'vaccines'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Sinovac, Sinopharm (vaccines)',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:LEADS_IN]->(b)
  ON CREATE SET r.evidence = 'China is already a global leader in electric vehicles and battery technology',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nev-batteries'}), (b:Entity {id: 'electric-vehicles'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'China is already a global leader in electric vehicles and battery technology',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nev-batteries'}), (b:Entity {id: 'ev-batteries'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'China is already a global leader in electric vehicles and battery technology',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nev-batteries'}), (b:Entity {id: 'goal-nev'})
MERGE (a)-[r:HAS_GOAL]->(b)
  ON CREATE SET r.evidence = 'Maintain global leadership in NEV production and dominate the EV battery supply chain.',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'byd'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'BYD (EVs, batteries)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'byd'}), (b:Entity {id: 'electric-vehicles'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'BYD (EVs, batteries)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'byd'}), (b:Entity {id: 'ev-batteries'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'BYD (EVs, batteries)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nio'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Nio, XPeng, Li Auto (EV startups)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nio'}), (b:Entity {id: 'electric-vehicles'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Nio, XPeng, Li Auto (EV startups)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'xpeng'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Nio, XPeng, Li Auto (EV startups)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'xpeng'}), (b:Entity {id: 'electric-vehicles'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Nio, XPeng, Li Auto (EV startups)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'li-auto'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'Nio, XPeng, Li Auto (EV startups)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'li-auto'}), (b:Entity {id: 'electric-vehicles'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'Nio, XPeng, Li Auto (EV startups)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'catl'}), (b:Entity {id: 'nev-batteries'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'CATL (world’s largest EV battery manufacturer)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article',
      r.role = 'world’s largest EV battery manufacturer';
MATCH (a:Entity {id: 'catl'}), (b:Entity {id: 'ev-batteries'})
MERGE (a)-[r:SPECIALIZES_IN]->(b)
  ON CREATE SET r.evidence = 'CATL (world’s largest EV battery manufacturer)',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nev-batteries'}), (b:Entity {id: 'nev-market'})
MERGE (a)-[r:HAS_STRENGTH]->(b)
  ON CREATE SET r.evidence = 'Extensive domestic market',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nev-batteries'}), (b:Entity {id: 'nev-supply-chain'})
MERGE (a)-[r:HAS_STRENGTH]->(b)
  ON CREATE SET r.evidence = 'comprehensive supply chain',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'nev-batteries'}), (b:Entity {id: 'nev-subsidies'})
MERGE (a)-[r:HAS_STRENGTH]->(b)
  ON CREATE SET r.evidence = 'significant government subsidies for consumers and manufacturers',
      r.section = '5. New Energy Vehicles (NEVs) & Batteries',
      r.source = 'article';
MATCH (a:Entity {id: 'technological-bottlenecks'}), (b:Entity {id: 'semiconductors'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'Some technologies, like advanced lithography for chip manufacturing, are incredibly complex and require decades of cumulative expertise and global collaboration.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.9;
MATCH (a:Entity {id: 'technological-bottlenecks'}), (b:Entity {id: 'euv-lithography'})
MERGE (a)-[r:INVOLVES]->(b)
  ON CREATE SET r.evidence = 'like advanced lithography for chip manufacturing',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article';
MATCH (a:Entity {id: 'technological-bottlenecks'}), (b:Entity {id: 'goal-semiconductors'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'Replicating this from scratch is immensely difficult and costly.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'talent-brain-drain'}), (b:Entity {id: 'pillar-talent'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'attracting and retaining top-tier talent in cutting-edge fields, especially given global competition and geopolitical tensions, remains a challenge',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'talent-brain-drain'}), (b:Entity {id: 'attracting-overseas-talent'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'attracting and retaining top-tier talent in cutting-edge fields, especially given global competition and geopolitical tensions, remains a challenge',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'talent-brain-drain'}), (b:Entity {id: 'innovated-in-china'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'There are also debates about whether a state-led approach can foster true, organic innovation as effectively as more open, market-driven systems.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.6;
MATCH (a:Entity {id: 'global-isolation'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'This could hinder China’s access to critical international research and markets.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.8;
MATCH (a:Entity {id: 'global-isolation'}), (b:Entity {id: 'western-nations'})
MERGE (a)-[r:DRIVEN_BY]->(b)
  ON CREATE SET r.evidence = 'the more some Western nations may accelerate their own “decoupling” efforts',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article';
MATCH (a:Entity {id: 'cost-efficiency'}), (b:Entity {id: 'pillar-investment'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'Maintaining this investment over the long term will require sustained political will and economic resources.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.7;
MATCH (a:Entity {id: 'cost-efficiency'}), (b:Entity {id: 'industrial-clusters'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'Duplicating global supply chains and technologies domestically can be incredibly expensive and potentially less efficient than leveraging international specialization.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.7;
MATCH (a:Entity {id: 'innovation-culture'}), (b:Entity {id: 'innovated-in-china'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'A heavily state-controlled and politically driven tech sector might stifle the very creativity and risk-taking needed for breakthrough discoveries.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.7;
MATCH (a:Entity {id: 'innovation-culture'}), (b:Entity {id: 'tech-self-reliance'})
MERGE (a)-[r:HINDERS]->(b)
  ON CREATE SET r.evidence = 'True groundbreaking innovation often thrives in environments of open inquiry, intellectual freedom, and robust debate.',
      r.section = 'Potential Hurdles & Challenges Ahead',
      r.source = 'article',
      r.weight = 0.6;
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-resilience'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'Increased resilience against external shocks',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-resilience'}), (b:Entity {id: 'china'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'For China: Increased resilience against external shocks',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-national-security'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'enhanced national security',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-national-security'}), (b:Entity {id: 'china'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'For China: Increased resilience against external shocks, enhanced national security, a more balanced and domestically driven economy, and a stronger position in future global technology leadership',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-balanced-economy'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'a more balanced and domestically driven economy',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-balanced-economy'}), (b:Entity {id: 'china'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'For China: Increased resilience against external shocks, enhanced national security, a more balanced and domestically driven economy, and a stronger position in future global technology leadership',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-tech-leadership'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'a stronger position in future global technology leadership',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-tech-leadership'}), (b:Entity {id: 'china'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'For China: Increased resilience against external shocks, enhanced national security, a more balanced and domestically driven economy, and a stronger position in future global technology leadership',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-fractured-supply-chains'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'A potential fracturing of global supply chains',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-fractured-supply-chains'}), (b:Entity {id: 'global-tech-industry'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'For Global Tech: A potential fracturing of global supply chains',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-parallel-ecosystems'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'the emergence of parallel tech ecosystems (e.g., a “China stack” vs. a “Western stack”)',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-parallel-ecosystems'}), (b:Entity {id: 'global-tech-industry'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'the emergence of parallel tech ecosystems (e.g., a “China stack” vs. a “Western stack”)',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-global-rd'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'increased R&D spending globally as other nations also pursue tech sovereignty',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-global-rd'}), (b:Entity {id: 'global-tech-industry'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'increased R&D spending globally as other nations also pursue tech sovereignty',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-competition'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'intensified competition in strategic tech fields',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-competition'}), (b:Entity {id: 'global-tech-industry'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'intensified competition in strategic tech fields',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-regulation'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'Navigating a more complex regulatory environment',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-regulation'}), (b:Entity {id: 'international-businesses'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'For International Businesses: Navigating a more complex regulatory environment',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-localization'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'potential pressure to localize operations and intellectual property',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-localization'}), (b:Entity {id: 'international-businesses'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'potential pressure to localize operations and intellectual property',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-dual-supply-chains'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'the need to choose between dual supply chains',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-dual-supply-chains'}), (b:Entity {id: 'international-businesses'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'the need to choose between dual supply chains',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-opportunities'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'new opportunities for companies that can help China achieve its self-reliance goals',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-opportunities'}), (b:Entity {id: 'international-businesses'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'new opportunities for companies that can help China achieve its self-reliance goals',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'tech-self-reliance'}), (b:Entity {id: 'impl-champion-competition'})
MERGE (a)-[r:HAS_IMPLICATION]->(b)
  ON CREATE SET r.evidence = 'face heightened competition from Chinese “national champions.”',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-champion-competition'}), (b:Entity {id: 'international-businesses'})
MERGE (a)-[r:AFFECTS]->(b)
  ON CREATE SET r.evidence = 'face heightened competition from Chinese “national champions.”',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'impl-champion-competition'}), (b:Entity {id: 'national-champions'})
MERGE (a)-[r:INVOLVES]->(b)
  ON CREATE SET r.evidence = 'face heightened competition from Chinese “national champions.”',
      r.section = 'Implications for China, Global Tech, and Businesses',
      r.source = 'article';
MATCH (a:Entity {id: 'huawei'}), (b:Entity {id: 'shenzhen'})
MERGE (a)-[r:HEADQUARTERED_IN]->(b)
  ON CREATE SET r.evidence = 'Huawei is headquartered in Shenzhen.',
      r.section = '4. Strategic Procurement & “National Champions”',
      r.source = 'public record';
MATCH (a:Entity {id: 'smic'}), (b:Entity {id: 'shanghai'})
MERGE (a)-[r:HEADQUARTERED_IN]->(b)
  ON CREATE SET r.evidence = 'SMIC is headquartered in Shanghai.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'public record';
MATCH (a:Entity {id: 'baidu'}), (b:Entity {id: 'beijing'})
MERGE (a)-[r:HEADQUARTERED_IN]->(b)
  ON CREATE SET r.evidence = 'Baidu is headquartered in Beijing.',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'public record';
MATCH (a:Entity {id: 'tencent'}), (b:Entity {id: 'shenzhen'})
MERGE (a)-[r:HEADQUARTERED_IN]->(b)
  ON CREATE SET r.evidence = 'Tencent is headquartered in Shenzhen.',
      r.section = '2. Artificial Intelligence (AI)',
      r.source = 'public record';
MATCH (a:Entity {id: 'us-chip-controls'}), (b:Entity {id: 'ymtc'})
MERGE (a)-[r:TARGETS]->(b)
  ON CREATE SET r.evidence = 'In December 2022 the U.S. added YMTC to its Entity List, restricting its access to U.S. chipmaking technology.',
      r.section = '1. Semiconductors (The “Crown Jewel” of Tech)',
      r.source = 'public record',
      r.weight = 0.9;
MATCH (a:Entity {id: 'biotech-startups'}), (b:Entity {id: 'biotechnology'})
MERGE (a)-[r:KEY_PLAYER_IN]->(b)
  ON CREATE SET r.evidence = 'and a growing number of innovative biotech startups',
      r.section = '4. Biotechnology',
      r.source = 'article';
MATCH (a:Entity {id: 'chinese-tech-giants'}), (b:Entity {id: 'huawei'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Chinese tech giants like Huawei, ZTE',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'chinese-tech-giants'}), (b:Entity {id: 'zte'})
MERGE (a)-[r:INCLUDES]->(b)
  ON CREATE SET r.evidence = 'Chinese tech giants like Huawei, ZTE',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';
MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'foreign-suppliers'})
MERGE (a)-[r:RELIES_ON]->(b)
  ON CREATE SET r.evidence = 'China realized it couldn’t afford to be held hostage by foreign suppliers.',
      r.section = 'The “Why”: Geopolitical Imperatives & Vulnerabilities',
      r.source = 'article';

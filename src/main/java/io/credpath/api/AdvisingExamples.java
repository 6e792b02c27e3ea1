package io.credpath.api;

/** Example bodies of the advising endpoints, shown in the OpenAPI document (compile-time constants for the annotations). */
final class AdvisingExamples {
  private AdvisingExamples() {}

  static final String LEARNER = """
      {"externalRef":"S-1042","name":"Dana Whitfield","currentOccupation":"41-2031.00",
       "heldCredentials":["comptia:a-plus"],"heldSkills":[{"skill":"skill:customer-and-personal-service","level":3}],
       "experienceYears":4,"languages":["en"],
       "budget":{"maxCost":1500,"currency":"USD","maxWeeks":26,"hoursPerWeek":8},
       "fundingNotes":"WIOA Individual Training Account, up to $1,500"}""";

  static final String SAVE_PLAN = """
      {"target":"15-1212.00","preferences":{"objective":"cheapest","alternatives":3},"startDate":"2025-09-01"}""";

  static final String WHAT_IF = """
      {"target":"15-1212.00","scenarios":[
        {"name":"as recorded"},
        {"name":"$3,000 instead","budget":{"maxCost":3000}},
        {"name":"12 hours a week","budget":{"hoursPerWeek":12}},
        {"name":"with Security+","addHeldCredentials":["comptia:security-plus"]},
        {"name":"network support","target":"15-1231.00"}]}""";

  static final String REPLAN = """
      {"plan":"p3f9a0c11d2e7","before":{"taxonomyFingerprint":"9c1e…","rulesVersion":"41ab…"},
       "now":{"taxonomyFingerprint":"d20f…","rulesVersion":"41ab…"},"startedBefore":"2025-09-01","startsNow":"2025-11-03",
       "changed":["the taxonomy changed since the plan was saved (fingerprint 9c1e0b7a55d2 -> d20f6c1e93aa)",
         "planned from 2025-11-03 instead of 2025-09-01"],
       "leading":{"added":[{"credential":"comptia:network-plus","title":"CompTIA Network+","costBefore":null,"costNow":390,
         "why":"chosen on the changed catalogue"}],
         "removed":[{"credential":"comptia:a-plus","title":"CompTIA A+","costBefore":253,"costNow":265,
         "why":"its price changed from 253 to 265"}],"repriced":[],"costChange":137,"hoursChange":10,"weeksChange":2},
       "result":{"target":{"id":"15-1232.00","title":"Computer User Support Specialists"},"pathways":[]}}""";

  static final String AUDIT = """
      [{"seq":3,"keyId":"k51c0e2a9b4f1","at":"2025-09-01T14:03:11Z","action":"plan.save","recordId":"p3f9a0c11d2e7"},
       {"seq":1,"keyId":"k51c0e2a9b4f1","at":"2025-09-01T14:02:40Z","action":"learner.create","recordId":"l0a4b9e77c215"}]""";

  static final String STEP_MARK = """
      {"credential":"google:data-analytics","status":"completed","date":"2025-11-14",
       "evidenceUrl":"https://www.credly.com/badges/5e0c1d2a-7b9f-4c1e-9d1a-0f3e2b7c8a61"}""";

  static final String PROGRESS = """
      {"plan":"p3f9a0c11d2e7","learner":"l0a4b9e77c215","startDate":"2025-09-01","today":"2025-12-08","weeksElapsed":14,
       "steps":[{"credential":"google:data-analytics","title":"Google Data Analytics Professional Certificate","cost":294,
         "startWeek":1,"endWeek":10,"due":"2025-11-09","status":"completed","date":"2025-11-14",
         "evidenceUrl":"https://www.credly.com/badges/5e0c1d2a-7b9f-4c1e-9d1a-0f3e2b7c8a61","overdue":false},
        {"credential":"microsoft:pl-300","title":"Microsoft Power BI Data Analyst (PL-300)","cost":165,"startWeek":11,
         "endWeek":13,"due":"2025-11-30","status":"started","date":"2025-11-17","evidenceUrl":null,"overdue":true}],
       "spent":294,"budgetLeft":{"maxCost":1206,"currency":"USD","maxHours":null,"maxWeeks":12,"hoursPerWeek":8},
       "behind":{"weeks":2,"overdueSteps":["microsoft:pl-300"],"plannedFinish":"2025-11-30","newFinish":"2025-12-14"},
       "notes":[],"remainingRequest":{"target":"15-2051.01","startDate":"2025-12-08"},
       "remaining":{"target":{"id":"15-2051.01","title":"Business Intelligence Analysts"},"pathways":[]}}""";

  static final String COHORT_CSV = """
      reference,name,current_occupation,target,held_credentials,experience_years,hours_per_week,max_cost,max_weeks
      S-1042,Dana Whitfield,Retail Salespersons,15-1232.00,comptia:a-plus,4,8,1500,26
      S-1043,"Okafor, Chidi",41-2011.00,Computer User Support Specialists,,1,10,,
      S-1044,Lee Park,41-2031.00,teaching assistant,,2,6,800,40""";

  static final String COHORT_UPLOAD = """
      {"id":"c7a1e03b9d2f4","name":"autumn intake","rows":3,"accepted":2,"rejected":1,"outcomes":[
        {"line":2,"reference":"S-1042","accepted":true,"learner":"l0a4b9e77c215","errors":[]},
        {"line":3,"reference":"S-1043","accepted":true,"learner":"l5c2d90e1a7b3","errors":[]},
        {"line":4,"reference":"S-1044","accepted":false,"learner":null,"errors":[{"line":4,"column":4,"field":"target",
          "message":"'teaching assistant' names several occupations; write one of their ids: 25-9042.00 (Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, Except Special Education), 25-9043.00 (Teaching Assistants, Special Education), ..."}]}]}""";

  static final String COHORT_REFUSED = """
      {"type":"about:blank","title":"Invalid cohort file","status":422,"detail":"the file is not valid CSV: line 7, column 2: a quoted field is never closed",
       "instance":"/api/v1/advising/cohorts","errors":[{"field":"line 7, column 2","message":"a quoted field is never closed"}]}""";

  static final String JOB = """
      {"id":"j9e41c07a2b55","cohort":"c7a1e03b9d2f4","startDate":"2025-09-01","state":"running","total":1000,"done":412,"failed":3,
       "remaining":585,"estimatedSecondsLeft":96,"created":"2025-09-01T14:05:00Z","started":"2025-09-01T14:05:01Z","finished":null,
       "failure":null,"failures":[{"line":88,"reference":"S-1129","learner":"l3b0f6e2d91c4",
         "reason":"unknown occupation '29-9999.00'; did you mean: 29-9099.00 Healthcare Practitioners and Technical Workers, All Other"}]}""";

  // The allocation and demand examples are from a real run: the 1,000-learner cohort of `credpath cohort generate --seed 42`
  // under a $50,000 budget (README, "A shared budget"), trimmed to a few members, credentials and skills.
  static final String ALLOCATION_BODY = """
      {"budget":50000,"currency":"USD",
      "credentials":[
      {"credential":"osha:outreach-10-general-industry","discounts":[{"minSeats":10,"percentOff":10},{"minSeats":30,"percentOff":20}]},
      {"credential":"autodesk:acu-autocad","seatLimit":20},
      {"credential":"coursera:everyday-excel-part-1","discounts":[{"minSeats":10,"percentOff":10}]},
      {"credential":"esri:arcgis-pro-foundation","seatLimit":10,"discounts":[{"minSeats":5,"percentOff":15}]}]}""";

  static final String ALLOCATION = """
      {"id":"ab8f999cb6724","cohort":"cf18b7ad87425","job":"jc273ff5a224e","terms":{"budget":50000.0,"currency":"USD",
      "credentials":[
      {"credential":"autodesk:acu-autocad","seatLimit":20,"discounts":[]},
      {"credential":"coursera:everyday-excel-part-1","seatLimit":null,"discounts":[{"minSeats":10,"percentOff":10.0}]},
      {"credential":"esri:arcgis-pro-foundation","seatLimit":10,"discounts":[{"minSeats":5,"percentOff":15.0}]},
      {"credential":"osha:outreach-10-general-industry","seatLimit":null,"discounts":[{"minSeats":10,"percentOff":10.0},{"minSeats":30,"percentOff":20.0}]}]},
      "shared":{"coverage":313.31061165958243,"cost":49984.7,"learners":323},"alone":{"coverage":123.19589547029278,"cost":49995.0,"learners":129},"optimal":false,"upperBound":322.16883897086313,"work":100000223,"created":"2026-12-08T00:23:43.663Z","createdBy":"k482ff8deb94a",
      "members":[
      {"line":7,"reference":"G-0006","learner":"l2f9a4689f6cb","plan":"p59e7664fb0b0","pathway":0,"label":"cheapest, fastest, best-recognised","coverage":1.0,"listCost":98.0,"alonePathway":0},
      {"line":9,"reference":"G-0008","learner":"l5d73a9f13d35","plan":"p0da299a2949c","pathway":0,"label":"cheapest, fastest, best-recognised","coverage":1.0,"listCost":89.0,"alonePathway":0},
      {"line":2,"reference":"G-0001","learner":"l80a98c5dbd5b","plan":"p0f5f9c401a7b","pathway":null,"label":null,"coverage":0.0,"listCost":0.0,"alonePathway":null}]}""";

  static final String DEMAND = """
      {"cohort":"cf18b7ad87425","job":"jc273ff5a224e","allocation":"ab8f999cb6724","basis":"allocation ab8f999cb6724 under a shared budget of 50000.0 USD",
      "members":1000,"planned":1000,"withPathway":323,"listCost":50322.2,"cost":49984.7,
      "credentials":[
      {"credential":"autodesk:acu-autocad","title":"Autodesk Certified User: AutoCAD","seats":20,"listCost":1800.0,"percentOff":0.0,"cost":1800.0,"byQuarter":[{"quarter":"2027-Q1","seats":20,"cost":1800.0}],"learners":[
      {"line":135,"reference":"G-0134","learner":"l375c7f4bf742","starts":"2027-01-04"},
      {"line":193,"reference":"G-0192","learner":"lcd37d6dc3ba2","starts":"2027-01-04"}]},
      {"credential":"python-institute:pcep","title":"PCEP - Certified Entry-Level Python Programmer","seats":20,"listCost":1180.0,"percentOff":0.0,"cost":1180.0,"byQuarter":[{"quarter":"2027-Q1","seats":19,"cost":1121.0},{"quarter":"2027-Q2","seats":1,"cost":59.0}],"learners":[
      {"line":118,"reference":"G-0117","learner":"laeda0cb3926e","starts":"2027-02-08"},
      {"line":124,"reference":"G-0123","learner":"l3e79f46428d6","starts":"2027-01-04"}]}],
      "gapSkills":[
      {"skill":"skill:hand-and-power-tools","name":"Hand and Power Tools","kind":"field","learners":47,"share":0.047,"coverable":24},
      {"skill":"skill:computer-aided-design-cad-software","name":"One of AutoCAD, Autodesk AutoCAD Civil 3D, Autodesk Revit, Lumion, ... (computer aided design cad software)","kind":"tool","learners":40,"share":0.04,"coverable":39},
      {"skill":"skill:object-or-component-oriented-development-software","name":"R","kind":"tool","learners":36,"share":0.036,"coverable":36}]}""";

  static final String DEMAND_CREDENTIALS_CSV = """
      credential,title,quarter,seats,percent_off,cost,learners
      autodesk:acu-autocad,Autodesk Certified User: AutoCAD,2027-Q1,20,0.00,1800.00,G-0134;G-0192;G-0254;...
      python-institute:pcep,PCEP - Certified Entry-Level Python Programmer,2027-Q1,19,0.00,1121.00,G-0117;G-0123;G-0203;...
      python-institute:pcep,PCEP - Certified Entry-Level Python Programmer,2027-Q2,1,0.00,59.00,G-0323""";

  static final String DEMAND_GAPS_CSV = """
      skill,name,kind,learners,share,coverable
      skill:hand-and-power-tools,Hand and Power Tools,field,47,0.05,24
      skill:computer-aided-design-cad-software,"One of AutoCAD, Autodesk AutoCAD Civil 3D, Autodesk Revit, Lumion, ... (computer aided design cad software)",tool,40,0.04,39
      skill:object-or-component-oriented-development-software,R,tool,36,0.04,36""";
}

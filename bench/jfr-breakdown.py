#!/usr/bin/env python3
"""Where a Java Flight Recorder recording spent its CPU samples, by part of credpath (bench/README.md).

Usage: jfr print --json --stack-depth 64 --events jdk.ExecutionSample pathways.jfr > samples.json; bench/jfr-breakdown.py samples.json
Each sample is charged to the nearest known code from the top of its stack (JDK calls to their caller); "inclusive"
counts a part anywhere in the (64-frame) stack."""
import collections
import json
import sys
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
def frames(e):
    st=e['values']['stackTrace']
    if not st: return []
    return [f['method']['type']['name'].replace('/','.')+'.'+f['method']['name'] for f in st['frames']]
cats=[('rules (Drools sessions)',('org.drools','org.kie','io.credpath.rules')),
      ('optimiser (planner.solver)',('io.credpath.planner.solver',)),
      ('planner: gap, candidates, schedule',('io.credpath.planner',)),
      ('JSON (Jackson)',('com.fasterxml.jackson',)),
      ('database (JDBC, pool, key look-up)',('org.h2','com.zaxxer','org.postgresql','io.credpath.advising')),
      ('search (Lucene)',('org.apache.lucene','io.credpath.search')),
      ('logging',('org.slf4j','ch.qos','org.apache.logging','org.slf4j.simple')),
      ('HTTP (Jetty, Javalin, api)',('org.eclipse.jetty','io.javalin','io.credpath.api')),
      ('catalog',('io.credpath.catalog',)),
      ('app (PlanningService)',('io.credpath.app',)),
     ]
selfc=collections.Counter(); incl=collections.Counter(); top=collections.Counter(); cp=collections.Counter()
n=0
for e in ev:
    fr=frames(e)
    if not fr: continue
    n+=1
    top[fr[0]]+=1
    c='JDK/other'
    for f in fr:
        hit=None
        for name,pre in cats:
            if f.startswith(pre): hit=name;break
        if hit: c=hit;break
    selfc[c]+=1
    seen=set()
    for f in fr:
        for name,pre in cats:
            if f.startswith(pre): seen.add(name)
    for s in seen: incl[s]+=1
    for f in fr:
        if f.startswith('io.credpath'): cp[f]+=1; break
print('samples with a stack:', n)
print('by the nearest known code to the top frame (self, JDK calls charged to their caller):')
for k,v in selfc.most_common(): print(f'  {100*v/n:5.1f}%  {k}')
print('inclusive (anywhere in the 64 top frames):')
for k,v in incl.most_common(): print(f'  {100*v/n:5.1f}%  {k}')
print('nearest io.credpath method to the top:')
for k,v in cp.most_common(12): print(f'  {100*v/n:5.1f}%  {k}')

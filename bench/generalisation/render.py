# Render true JSON Resumes as HTML in layouts unlike the development set's (a timeline with dates in
# a gutter, a flexbox sidebar, one-line headings), for Chromium to print as PDF.
#   render.py TRUTH_DIR OUT_DIR LAYOUT STYLE   (LAYOUT: timeline, sidebar2, oneline)
import json, os, sys, html
MON=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']
LONG=['January','February','March','April','May','June','July','August','September','October','November','December']
def d(s, style):
    if not s: return None
    p=s.split('-'); y=int(p[0])
    if len(p)==1: return str(y)
    m=int(p[1])
    return {'mon':f'{MON[m-1]} {y}','long':f'{LONG[m-1]} {y}','iso':f'{y}-{m:02d}','slash':f'{m:02d}/{y}','apos':f"{MON[m-1]} '{y%100:02d}"}[style]
def rng(e, style):
    a=d(e.get('startDate'),style); b=d(e.get('endDate'),style)
    if a and b: return f'{a} – {b}'
    if a: return f'{a} – Present'
    return b or ''
E=html.escape
def contacts(b):
    out=[]
    for k in ('email','phone','url'):
        if b.get(k): out.append(E(b[k]))
    loc=b.get('location') or {}
    l=', '.join(x for x in (loc.get('city'),loc.get('region'),loc.get('countryCode')) if x)
    if l: out.append(E(l))
    for p in b.get('profiles',[]):
        if p.get('url'): out.append(E(p['url']))
        elif p.get('username'): out.append(E(p['network']+': '+p['username']))
    return out
def skills(r):
    return ''.join(f"<p><b>{E(s['name'])}:</b> {E(', '.join(s.get('keywords',[])))}</p>" if s.get('keywords') else f"<p>{E(s['name'])}</p>" for s in r.get('skills',[]))
def hl(e):
    h=e.get('highlights') or []
    s=f"<p>{E(e['summary'])}</p>" if e.get('summary') else ''
    return s+('<ul>'+''.join(f'<li>{E(x)}</li>' for x in h)+'</ul>' if h else '')
def degree(e):
    return ', '.join(x for x in (e.get('studyType'), e.get('area')) if x)
def timeline(r, style):
    # moderncv-like: dates in a left gutter, content on the right
    b=r['basics']; rows=[]
    def row(left, right): rows.append(f'<tr><td class=g>{left}</td><td>{right}</td></tr>')
    body=f"<h1>{E(b.get('name',''))}</h1><div class=lab>{E(b.get('label',''))}</div><div class=c>{' · '.join(contacts(b))}</div>"
    if b.get('summary'): body+=f"<h2>Summary</h2><p>{E(b['summary'])}</p>"
    if r.get('work'):
        body+='<h2>Experience</h2><table>'
        for w in r['work']:
            loc=f", {E(w['location'])}" if w.get('location') else ''
            body+=f"<tr><td class=g>{E(rng(w,style))}</td><td><b>{E(w.get('position',''))}</b>, <i>{E(w.get('name',''))}</i>{loc}{hl(w)}</td></tr>"
        body+='</table>'
    if r.get('education'):
        body+='<h2>Education</h2><table>'
        for e in r['education']:
            sc=f"<br>GPA: {E(e['score'])}" if e.get('score') else ''
            body+=f"<tr><td class=g>{E(rng(e,style))}</td><td><b>{E(degree(e))}</b>, <i>{E(e.get('institution',''))}</i>{sc}</td></tr>"
        body+='</table>'
    if r.get('skills'): body+='<h2>Skills</h2>'+skills(r)
    return body
def sidebar(r, style):
    # left sidebar with contact + skills + education, experience on the right, dates under the title
    b=r['basics']
    side=f"<h3>Contact</h3>"+''.join(f'<p>{c}</p>' for c in contacts(b))
    if r.get('skills'): side+='<h3>Skills</h3>'+skills(r)
    if r.get('education'):
        side+='<h3>Education</h3>'
        for e in r['education']:
            sc=f"<p>GPA {E(e['score'])}</p>" if e.get('score') else ''
            side+=f"<p><b>{E(e.get('institution',''))}</b></p><p>{E(degree(e))}</p><p>{E(rng(e,style))}</p>{sc}"
    main=f"<h1>{E(b.get('name',''))}</h1><div class=lab>{E(b.get('label',''))}</div>"
    if b.get('summary'): main+=f"<h2>Profile</h2><p>{E(b['summary'])}</p>"
    if r.get('work'):
        main+='<h2>Work History</h2>'
        for w in r['work']:
            loc=f" · {E(w['location'])}" if w.get('location') else ''
            main+=f"<h4>{E(w.get('position',''))} — {E(w.get('name',''))}</h4><div class=dt>{E(rng(w,style))}{loc}</div>{hl(w)}"
    return f"<div class=wrap><div class=side>{side}</div><div class=main>{main}</div></div>"
def oneline(r, style):
    # single column; "Company | Position | dates" on one line, right-aligned dates
    b=r['basics']
    body=f"<div style='text-align:center'><h1>{E(b.get('name',''))}</h1><div>{' | '.join(contacts(b))}</div></div>"
    if b.get('summary'): body+=f"<h2>PROFESSIONAL SUMMARY</h2><p>{E(b['summary'])}</p>"
    if r.get('skills'): body+='<h2>TECHNICAL SKILLS</h2>'+skills(r)
    if r.get('work'):
        body+='<h2>PROFESSIONAL EXPERIENCE</h2>'
        for w in r['work']:
            body+=f"<div class=ln><span><b>{E(w.get('name',''))}</b> | {E(w.get('position',''))}</span><span>{E(rng(w,style))}</span></div>{hl(w)}"
    if r.get('education'):
        body+='<h2>EDUCATION</h2>'
        for e in r['education']:
            body+=f"<div class=ln><span><b>{E(e.get('institution',''))}</b> | {E(degree(e))}</span><span>{E(rng(e,style))}</span></div>"
            if e.get('score'): body+=f"<p>GPA: {E(e['score'])}</p>"
    return body
CSS="""body{font-family:'DejaVu Sans',Arial;font-size:10pt;margin:0}h1{font-size:20pt;margin:0}h2{font-size:12pt;border-bottom:1px solid #444;margin:12px 0 4px}
h3{font-size:11pt}h4{font-size:10.5pt;margin:8px 0 0}.lab{font-size:12pt;color:#555}.c{color:#333}td{vertical-align:top;padding:2px 6px}td.g{width:1.9in;white-space:nowrap;color:#555}
.wrap{display:flex}.side{width:2.2in;background:#eef;padding:8px;font-size:9pt}.main{flex:1;padding:8px}.dt{color:#666;font-style:italic}
.ln{display:flex;justify-content:space-between}p{margin:2px 0}ul{margin:2px 0 4px 0}"""
LAYOUTS={'timeline':timeline,'sidebar2':sidebar,'oneline':oneline}
truth,out,layout,style=sys.argv[1:5]
os.makedirs(out,exist_ok=True)
for f in sorted(os.listdir(truth)):
    r=json.load(open(os.path.join(truth,f)))
    open(os.path.join(out,f.replace('.json','.html')),'w').write(f"<html><head><meta charset=utf-8><style>{CSS}</style></head><body>{LAYOUTS[layout](r,style)}</body></html>")

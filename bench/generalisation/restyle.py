# Rewrite the date ranges of resumes (TXT, DOCX) in another date style, to check the parser does not
# depend on the style the development set happens to use.  restyle.py SRC DST STYLE
import re, sys, os, zipfile, shutil, html
MON=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']
LONG=['January','February','March','April','May','June','July','August','September','October','November','December']
mon_alt='|'.join(LONG+MON)
TOK=r'(?:(?:%s)\.? \d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{2}/\d{4}|\d{4})'%mon_alt
PRESENT=r'(?:Present|present|Current|current|Now|now)'
RANGE=re.compile(r'(?<![\w/-])(%s)(\s*(?:–|—|-|to)\s*)(%s|%s)(?![\w/-])'%(TOK,TOK,PRESENT))
SINGLE=re.compile(r'(?<![\w/-])((?:%s)\.? \d{4}|\d{4}-\d{2}|\d{2}/\d{4})(?![\w/-])'%mon_alt)
def parse(t):
    m=re.fullmatch(r'(%s)\.? (\d{4})'%mon_alt,t)
    if m:
        n=m.group(1); i=(LONG.index(n) if n in LONG else MON.index(n)); return (int(m.group(2)),i+1)
    m=re.fullmatch(r'(\d{4})-(\d{2})(?:-\d{2})?',t)
    if m: return (int(m.group(1)),int(m.group(2)))
    m=re.fullmatch(r'(\d{2})/(\d{4})',t)
    if m: return (int(m.group(2)),int(m.group(1)))
    if re.fullmatch(r'\d{4}',t): return (int(t),None)
    return None
def render(d,style):
    y,m=d
    if m is None: return str(y)
    return {'mon':f'{MON[m-1]} {y}','long':f'{LONG[m-1]} {y}','iso':f'{y}-{m:02d}','slash':f'{m:02d}/{y}',
            'dot':f'{m:02d}.{y}','apos':f"{MON[m-1]} '{y%100:02d}"}[style]
SEP={'mon':' – ','long':' — ','iso':' to ','slash':' - ','dot':' - ','apos':' – '}
PRES={'mon':'Present','long':'Present','iso':'present','slash':'Present','dot':'Current','apos':'Now'}
def restyle(text,style):
    def rr(m):
        a=parse(m.group(1)); 
        if a is None: return m.group(0)
        b=m.group(3); bb=parse(b)
        end=PRES[style] if bb is None else render(bb,style)
        return render(a,style)+SEP[style]+end
    text=RANGE.sub(rr,text)
    def rs(m):
        a=parse(m.group(1)); return render(a,style) if a else m.group(0)
    return SINGLE.sub(rs,text)
src,dst,style=sys.argv[1:4]
os.makedirs(dst,exist_ok=True)
for f in sorted(os.listdir(src)):
    p=os.path.join(src,f)
    if f.endswith('.txt'):
        open(os.path.join(dst,f),'w').write(restyle(open(p,encoding='utf-8').read(),style))
    elif f.endswith('.docx'):
        zin=zipfile.ZipFile(p); zout=zipfile.ZipFile(os.path.join(dst,f),'w',zipfile.ZIP_DEFLATED)
        for it in zin.infolist():
            data=zin.read(it.filename)
            if it.filename=='word/document.xml':
                s=data.decode('utf-8')
                s=re.sub(r'(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)',lambda m:m.group(1)+html.escape(restyle(html.unescape(m.group(2)),style),quote=False)+m.group(3),s)
                data=s.encode('utf-8')
            zout.writestr(it,data)
        zout.close()

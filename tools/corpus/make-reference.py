#!/usr/bin/env python3
"""Makes a pandoc reference .docx with its own heading and body styles from pandoc's default.
   make-reference.py DEFAULT.docx OUT.docx serif|sans"""
import re
import sys
import zipfile

src, out, variant = sys.argv[1:4]
STYLES = {
    # Heading 1: font, size (half-points), colour, extra run properties, paragraph border
    'serif': dict(font='Georgia', body='Times New Roman', bodysz=21, size=24, color='000000', extra='<w:caps />',
                  border='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000" /></w:pBdr>'),
    'sans': dict(font='Arial', body='Calibri', bodysz=20, size=26, color='1F4E79', extra='<w:smallCaps /><w:spacing w:val="20" />',
                 border='<w:shd w:val="clear" w:color="auto" w:fill="DCE6F1" />'),
}
st = STYLES[variant]


def restyle(xml, style_id, rpr, ppr_extra=''):
    def fix(m):
        block = m.group(0)
        block = re.sub(r'<w:rPr>.*?</w:rPr>', '<w:rPr>' + rpr + '</w:rPr>', block, flags=re.S)
        if ppr_extra:
            block = block.replace('</w:pPr>', ppr_extra + '</w:pPr>', 1)
        return block
    return re.sub(r'<w:style [^>]*w:styleId="%s".*?</w:style>' % style_id, fix, xml, flags=re.S)


with zipfile.ZipFile(src) as z:
    files = {n: z.read(n) for n in z.namelist()}
xml = files['word/styles.xml'].decode()
fonts = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s" />'
xml = restyle(xml, 'Heading1', fonts % ((st['font'],) * 3) + '<w:b />' + st['extra'] +
              '<w:color w:val="%s" /><w:sz w:val="%d" /><w:szCs w:val="%d" />' % (st['color'], st['size'], st['size']), st['border'])
xml = restyle(xml, 'Heading2', fonts % ((st['font'],) * 3) + '<w:b /><w:color w:val="333333" /><w:sz w:val="%d" />' % (st['size'] - 4))
xml = restyle(xml, 'Heading3', fonts % ((st['body'],) * 3) + '<w:b /><w:i /><w:sz w:val="%d" />' % st['bodysz'])
xml = restyle(xml, 'Title', fonts % ((st['font'],) * 3) + '<w:b /><w:sz w:val="40" />')
xml = re.sub(r'(<w:style [^>]*w:styleId="Normal">\s*<w:name w:val="Normal" />)',
             r'\1<w:rPr>' + fonts % ((st['body'],) * 3) + '<w:sz w:val="%d" /></w:rPr>' % st['bodysz'], xml)
files['word/styles.xml'] = xml.encode()
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, data in files.items():
        info = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)

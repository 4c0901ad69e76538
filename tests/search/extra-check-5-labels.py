# Run: python3 tests/search/extra-check-5-labels.py [out.json]
# Labels for /work/blind6/queries.json, written from content/docs/**/*.mdx and content/ordlista/*.yaml
# before any search was run on these queries. (page, section, also)
import json, sys, hashlib, os
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../..')
# Heading anchors as in /work/blind/anchors.py (github-slugger style, å/ä/ö kept).
import re,glob,os,json
def slug(h):
    h=h.strip().lower()
    h=re.sub(r'[^\w\- ]','',h)   # \w unicode includes åäö, digits, _
    return h.replace(' ','-')
def url(p):
    rel=os.path.relpath(p,''+ROOT+'/content/docs')[:-4]
    if rel=='index': return '/'
    if rel.endswith('/index'): rel=rel[:-6]
    return '/'+rel+'/'
def build():
    m={}
    for p in glob.glob(''+ROOT+'/content/docs/**/*.mdx',recursive=True):
        seen={};a=[]
        incode=False
        for line in open(p):
            if line.startswith('```'): incode=not incode
            mm=re.match(r'^(#{2,3}) (.+)',line)
            if mm and not incode:
                s=slug(re.sub(r'\{#.*\}','',mm.group(2)))
                if s in seen: seen[s]+=1; s=f"{s}-{seen[s]}"
                else: seen[s]=0
                a.append(s)
        m[url(p)]=a
    m['/ordlista/']=[os.path.basename(f)[:-5] for f in glob.glob(''+ROOT+'/content/ordlista/*.yaml')]
    return m

L = {
"d001":("/roller/styrelsen/",None,["/lasvagar/ny-styrelseledamot/","/ordlista/","/fragor-och-svar/","/roller/"]),
"d002":("/lasvagar/ny-styrelseledamot/",None,["/lasvagar/","/","/roller/"]),
"d003":("/roller/styrelsen/","hur-hanterar-jag-min-dubbla-roll-som-ledamot",["/fragor-och-svar/","/ordlista/","/roller/kommunen/"]),
"d004":("/roller/styrelsen/","vad-beslutar-styrelsen-om",["/fragor-och-svar/","/samordningsforbundets-uppgifter/","/lagstiftning/","/roller/","/lasvagar/ny-styrelseledamot/"]),
"d005":("/revision/","hur-prövas-ansvarsfriheten",["/roller/revisorerna/","/ordlista/","/roller/styrelsen/","/fragor-och-svar/","/lagstiftning/"]),
"d006":("/roller/styrelsen/","vad-får-styrelsen-inte-delegera",["/roller/forbundschef/","/fragor-och-svar/","/lagstiftning/","/vagvisare/delegera-beslut/","/ordlista/"]),
"d007":("/roller/styrelsen/","vad-händer-om-en-ledamot-avgår",["/ordlista/","/lagstiftning/","/lasvagar/","/fragor-och-svar/"]),
"d008":("/roller/styrelsen/","får-ledamöterna-arvode",["/fragor-och-svar/","/lagstiftning/"]),
"d009":("/","vad-är-finsam",["/om-finansiell-samordning/","/ordlista/","/fragor-och-svar/"]),
"d010":("/roller/styrelsen/","hur-går-styrelsens-möten-till",["/fragor-och-svar/","/ordlista/","/lagstiftning/"]),
"d011":("/roller/beredningsgrupp/","vilket-ansvar-har-beredningsgruppen-mot-styrelsen",["/roller/","/roller/styrelsen/","/insatser/fran-behov-till-beslut/","/fragor-och-svar/","/ordlista/","/lasvagar/beredningsgruppen/"]),
"d012":("/roller/styrelsen/","är-jag-jävig-när-min-egen-organisation-får-pengar",["/fragor-och-svar/"]),
"d013":("/samordningsforbundets-uppgifter/","finansiera-insatser",["/ekonomi/","/vagvisare/finansiera-insats/","/malgrupper/malgruppens-granser/","/insatser/","/insatser/individinriktade/","/lagstiftning/","/fragor-och-svar/"]),
"d014":("/lagstiftning/","9---förbundsordningen",["/ordlista/","/roller/","/ekonomi/","/fragor-och-svar/","/om-finansiell-samordning/"]),
"d015":("/revision/","vad-gör-styrelsen-när-revisorerna-påtalar-brister",["/roller/revisorerna/","/roller/styrelsen/"]),
"d016":("/lagstiftning/","21---ekonomisk-förvaltning",["/ekonomi/","/ordlista/","/fragor-och-svar/"]),
"d017":("/roller/nationella-radet/","grundutbildning",["/roller/styrelsen/","/fragor-och-svar/","/lasvagar/","/lasvagar/ny-styrelseledamot/"]),
"d018":("/roller/styrelsen/","vem-sitter-i-styrelsen",["/fragor-och-svar/","/lagstiftning/","/roller/"]),
"d019":("/roller/forbundschef/","vad-gör-förbundschefen",["/fragor-och-svar/","/ordlista/","/roller/","/lasvagar/ny-forbundschef/","/lagstiftning/"]),
"d020":("/ekonomi/","vad-gäller-för-eget-kapital-och-budget-i-balans",["/fragor-och-svar/","/ordlista/","/lagstiftning/"]),
"d021":("/ekonomi/","vad-gäller-för-eget-kapital-och-budget-i-balans",["/fragor-och-svar/","/ordlista/"]),
"d022":("/ekonomi/","vad-gäller-för-eget-kapital-och-budget-i-balans",["/fragor-och-svar/","/ordlista/"]),
"d023":("/samordningsforbundets-uppgifter/","upprätta-budget-och-årsredovisning",["/revision/","/ekonomi/","/lagstiftning/","/roller/revisorerna/"]),
"d024":("/lagstiftning/","9---förbundsordningen",["/om-finansiell-samordning/","/ekonomi/","/samordningsforbundets-uppgifter/","/roller/"]),
"d025":("/esf/","varför-kan-förbundet-inte-söka-esf-medel-självt",["/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/fragor-och-svar/","/ekonomi/","/vagvisare/esf-projekt/","/roller/forbundschef/"]),
"d026":("/esf/","vem-blir-projektägare",["/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/fragor-och-svar/","/vagvisare/esf-projekt/","/ordlista/","/roller/beredningsgrupp/"]),
"d027":("/uppfoljning/","vad-registreras-i-uppföljning-finsam",["/insatser/inriktningar/","/ordlista/","/insatser/fran-behov-till-beslut/","/samordningsforbundets-uppgifter/"]),
"d028":("/uppfoljning/","varför-kan-siffror-från-sus-och-uppföljning-finsam-inte-jämföras-rakt-av",["/ordlista/","/insatser/inriktningar/","/statistik/"]),
"d029":("/roller/forbundschef/","vad-gäller-för-förbundets-anställda",["/fragor-och-svar/","/lagstiftning/"]),
"d030":("/roller/regionen/","vad-ansvarar-regionen-för-i-insatserna",["/roller/andra-aktorer/","/fragor-och-svar/","/samordningsforbundets-uppgifter/"]),
"d031":("/lasvagar/ny-forbundschef/",None,["/lasvagar/","/","/roller/forbundschef/","/roller/"]),
"d032":("/ekonomi/","hur-fördelas-statens-pengar-mellan-förbunden",["/ordlista/","/roller/forsakringskassan/","/fragor-och-svar/","/statistik/"]),
"d033":("/insatser/strukturovergripande/","vad-kan-en-strukturövergripande-insats-vara",["/insatser/","/ordlista/","/fragor-och-svar/"]),
"d034":("/roller/revisorerna/","vad-granskar-revisorerna",["/revision/","/lagstiftning/","/ordlista/"]),
"d035":("/roller/styrelsen/","hur-går-styrelsens-möten-till",["/roller/kommunen/","/lagstiftning/","/roller/revisorerna/","/revision/"]),
"d036":("/roller/beredningsgrupp/","vad-gör-beredningsgruppen",["/lasvagar/beredningsgruppen/","/ordlista/","/roller/","/fragor-och-svar/"]),
"d037":(None,None,[]),
"d038":("/insatser/fran-behov-till-beslut/","hur-går-det-till-steg-för-steg",["/roller/beredningsgrupp/","/vagvisare/finansiera-insats/","/lasvagar/beredningsgruppen/"]),
"d039":("/lasvagar/beredningsgruppen/",None,["/lasvagar/","/roller/beredningsgrupp/","/"]),
"d040":("/malgrupper/","vem-hör-till-målgruppen-enligt-lagen",["/malgrupper/malgruppens-granser/","/fragor-och-svar/","/insatser/individinriktade/","/lagstiftning/","/ordlista/"]),
"d041":(None,None,[]),
"d042":("/samordningsforbundets-uppgifter/behovsanalys/","hur-gör-man-en-behovsanalys",["/samordningsforbundets-uppgifter/","/ordlista/","/fragor-och-svar/","/roller/beredningsgrupp/","/insatser/fran-behov-till-beslut/"]),
"d043":("/esf/","vem-får-vara-projektägare-och-medfinansiär",["/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/fragor-och-svar/","/vagvisare/esf-projekt/","/ordlista/","/roller/beredningsgrupp/"]),
"d044":("/insatser/","vilka-två-typer-av-insatser-finns",["/fragor-och-svar/","/insatser/individinriktade/","/insatser/strukturovergripande/","/ordlista/"]),
"d045":("/roller/beredningsgrupp/","hur-förbereder-jag-mig-som-ny-i-beredningsgruppen",["/esf/","/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/lasvagar/beredningsgruppen/","/fragor-och-svar/"]),
"d046":("/roller/andra-aktorer/","kan-förbundet-samverka-med-civilsamhället-och-andra-aktörer",["/roller/beredningsgrupp/","/malgrupper/malgruppens-granser/","/om-finansiell-samordning/"]),
"d047":("/insatser/fran-behov-till-beslut/","hur-går-det-till-steg-för-steg",["/roller/beredningsgrupp/","/vagvisare/finansiera-insats/","/lasvagar/beredningsgruppen/"]),
"d048":("/uppfoljning/",None,["/samordningsforbundets-uppgifter/","/fragor-och-svar/","/insatser/individinriktade/","/insatser/fran-behov-till-beslut/"]),
"d049":(None,None,[]),
"d050":("/malgrupper/malgruppens-granser/","vad-gäller-när-behovet-bara-rör-en-av-parterna",["/om-finansiell-samordning/","/roller/andra-aktorer/","/fragor-och-svar/","/vagvisare/finansiera-insats/","/samordningsforbundets-uppgifter/"]),
"d051":("/insatser/individinriktade/","vad-kan-en-insats-innehålla",["/insatser/inriktningar/","/roller/regionen/","/insatser/"]),
"d052":("/roller/forbundschef/","vad-gör-förbundschefen",["/roller/beredningsgrupp/","/insatser/fran-behov-till-beslut/","/roller/","/lasvagar/beredningsgruppen/"]),
"d053":("/insatser/individinriktade/","vad-kan-en-insats-innehålla",["/vagvisare/finansiera-insats/","/insatser/inriktningar/","/samordningsforbundets-uppgifter/","/insatser/"]),
"d054":("/fragor-och-svar/","vem-bestämmer-vilka-personer-som-får-delta-i-en-insats",["/samordningsforbundets-uppgifter/","/insatser/individinriktade/","/insatser/","/malgrupper/"]),
"d055":("/uppfoljning/","hur-fungerade-sus",["/fragor-och-svar/","/ordlista/"]),
"d056":(None,None,[]),
"d057":("/om-finansiell-samordning/",None,["/fragor-och-svar/","/ordlista/","/","/samordningsforbundets-uppgifter/"]),
"d058":("/malgrupper/langtidssjukskrivna/",None,["/malgrupper/","/insatser/individinriktade/","/statistik/"]),
"d059":("/roller/arbetsformedlingen/",None,["/roller/","/ekonomi/"]),
"d060":("/roller/forsakringskassan/",None,["/roller/","/ekonomi/","/uppfoljning/"]),
"d061":("/roller/kommunen/",None,["/om-finansiell-samordning/","/roller/","/malgrupper/"]),
"d062":("/insatser/individinriktade/","vem-gör-vad-i-insatsen",["/uppfoljning/","/lagstiftning/"]),
"d063":("/insatser/individinriktade/","vem-gör-vad-i-insatsen",["/ekonomi/","/insatser/fran-behov-till-beslut/","/roller/"]),
"d064":("/insatser/individinriktade/","vem-gör-vad-i-insatsen",["/ekonomi/","/insatser/fran-behov-till-beslut/","/fragor-och-svar/","/roller/styrelsen/"]),
"d065":("/roller/regionen/",None,["/roller/","/om-finansiell-samordning/","/ekonomi/"]),
"d066":("/malgrupper/unga-med-aktivitetsersattning/",None,["/ordlista/","/malgrupper/","/statistik/"]),
"d067":("/roller/nationella-radet/",None,["/ordlista/","/roller/","/om-finansiell-samordning/","/fragor-och-svar/"]),
"d068":("/lagstiftning/",None,["/om-finansiell-samordning/","/ordlista/","/fragor-och-svar/"]),
"d069":("/ordlista/",None,[]),
"d070":(None,None,[]),
}
src = '/work/blind6/queries.json'
raw = open(src, 'rb').read()
assert hashlib.sha256(raw).hexdigest() == 'aefb5540ae56981e7b340f346fd40378ea4a2a4100e78c8ff5fa58685f09e4fa'
qs = json.loads(raw)
m = build()
for v in ['delegera-beslut', 'esf-projekt', 'finansiera-insats']:
    m[f'/vagvisare/{v}/'] = []
bad = 0
assert set(L) == {q['id'] for q in qs}, 'ids differ'
out = []
for q in qs:
    page, sec, also = L[q['id']]
    if page is not None and page not in m: print('no page', q['id'], page); bad += 1
    if sec is not None and sec not in m.get(page, []): print('no anchor', q['id'], page, sec); bad += 1
    for a in also:
        if a not in m: print('no also page', q['id'], a); bad += 1
        if a == page: print('also repeats page', q['id']); bad += 1
    if page is None and (sec or also): print('null page with section/also', q['id']); bad += 1
    out.append({'id': q['id'], 'role': q['role'], 'query': q['query'], 'hope': q['hope'], 'page': page, 'also': also, 'section': sec})
if bad: sys.exit(f'{bad} errors')
if len(sys.argv) > 1:
    json.dump(out, open(sys.argv[1], 'w'), ensure_ascii=False, indent=1); open(sys.argv[1], 'a').write('\n')
print('ok', len(out), 'null pages:', [o['id'] for o in out if not o['page']], 'section null:', sum(1 for o in out if o['page'] and not o['section']))

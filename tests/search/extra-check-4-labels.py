# Run: python3 tests/search/extra-check-4-labels.py [out.json]
# Labels for /work/blind5/queries.json, written from content/docs/**/*.mdx and content/ordlista/*.yaml
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
"c001":("/om-finansiell-samordning/",None,["/samordningsforbundets-uppgifter/","/fragor-och-svar/","/ordlista/","/"]),
"c002":("/roller/styrelsen/",None,["/lasvagar/ny-styrelseledamot/","/fragor-och-svar/","/roller/","/ordlista/"]),
"c003":("/lasvagar/ny-styrelseledamot/",None,["/lasvagar/","/"]),
"c004":("/roller/styrelsen/","hur-hanterar-jag-min-dubbla-roll-som-ledamot",["/fragor-och-svar/","/ordlista/","/roller/kommunen/"]),
"c005":("/ordlista/","strukturovergripande-insats",["/insatser/strukturovergripande/","/insatser/"]),
"c006":("/malgrupper/","vem-hör-till-målgruppen-enligt-lagen",["/fragor-och-svar/","/malgrupper/malgruppens-granser/","/insatser/individinriktade/","/lagstiftning/"]),
"c007":("/revision/","hur-prövas-ansvarsfriheten",["/roller/revisorerna/","/roller/styrelsen/","/ordlista/","/fragor-och-svar/","/lagstiftning/"]),
"c008":("/roller/styrelsen/","får-ledamöterna-arvode",["/fragor-och-svar/"]),
"c009":("/roller/styrelsen/","hur-går-styrelsens-möten-till",["/fragor-och-svar/","/lagstiftning/","/ordlista/"]),
"c010":("/roller/styrelsen/","vad-händer-om-en-ledamot-avgår",["/lagstiftning/","/ordlista/","/fragor-och-svar/"]),
"c011":("/lagstiftning/","9---förbundsordningen",["/ordlista/","/roller/","/om-finansiell-samordning/","/fragor-och-svar/"]),
"c012":("/ekonomi/","vem-betalar-för-den-finansiella-samordningen",["/fragor-och-svar/","/om-finansiell-samordning/","/lagstiftning/"]),
"c013":("/roller/styrelsen/","är-jag-jävig-när-min-egen-organisation-får-pengar",["/fragor-och-svar/"]),
"c014":("/","vad-är-finsam",["/ordlista/","/om-finansiell-samordning/"]),
"c015":("/uppfoljning/",None,["/insatser/individinriktade/","/samordningsforbundets-uppgifter/"]),
"c016":("/ekonomi/","vad-gäller-för-eget-kapital-och-budget-i-balans",["/fragor-och-svar/","/ordlista/"]),
"c017":("/ekonomi/","vad-gäller-för-eget-kapital-och-budget-i-balans",["/fragor-och-svar/","/ordlista/","/lagstiftning/","/samordningsforbundets-uppgifter/"]),
"c018":("/roller/styrelsen/","vad-får-styrelsen-inte-delegera",["/roller/forbundschef/","/fragor-och-svar/","/lagstiftning/","/ordlista/","/vagvisare/delegera-beslut/"]),
"c019":("/roller/styrelsen/","hur-går-styrelsens-möten-till",["/ordlista/","/fragor-och-svar/","/lagstiftning/"]),
"c020":("/ekonomi/","hur-fördelas-statens-pengar-mellan-förbunden",["/ordlista/","/roller/forsakringskassan/","/fragor-och-svar/"]),
"c021":("/lagstiftning/",None,["/fragor-och-svar/","/roller/forsakringskassan/"]),
"c022":("/revision/","vem-betalar-revisionen",["/roller/revisorerna/","/fragor-och-svar/","/lagstiftning/"]),
"c023":("/revision/","vad-gör-styrelsen-när-revisorerna-påtalar-brister",["/roller/revisorerna/","/roller/styrelsen/"]),
"c024":("/roller/styrelsen/","hur-går-styrelsens-möten-till",["/roller/kommunen/","/lagstiftning/","/roller/revisorerna/"]),
"c025":("/roller/forbundschef/","vad-gäller-för-förbundets-anställda",["/fragor-och-svar/","/lagstiftning/"]),
"c026":("/roller/regionen/","vad-ansvarar-regionen-för-i-insatserna",["/roller/andra-aktorer/","/fragor-och-svar/","/samordningsforbundets-uppgifter/"]),
"c027":("/samordningsforbundets-uppgifter/","upprätta-budget-och-årsredovisning",["/ekonomi/"]),
"c028":("/samordningsforbundets-uppgifter/","upprätta-budget-och-årsredovisning",["/revision/","/ekonomi/","/roller/revisorerna/","/lagstiftning/"]),
"c029":(None,None,[]),
"c030":("/roller/forbundschef/","vad-gör-förbundschefen",["/ordlista/","/fragor-och-svar/","/lagstiftning/","/lasvagar/ny-forbundschef/"]),
"c031":("/roller/beredningsgrupp/","vad-gör-beredningsgruppen",["/lasvagar/beredningsgruppen/","/ordlista/","/roller/"]),
"c032":("/samordningsforbundets-uppgifter/behovsanalys/","hur-gör-man-en-behovsanalys",["/fragor-och-svar/","/ordlista/","/insatser/strukturovergripande/"]),
"c033":("/esf/","vem-får-vara-projektägare-och-medfinansiär",["/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/fragor-och-svar/","/vagvisare/esf-projekt/","/ordlista/","/roller/beredningsgrupp/"]),
"c034":("/esf/","varför-kan-förbundet-inte-söka-esf-medel-självt",["/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/fragor-och-svar/","/ekonomi/"]),
"c035":("/malgrupper/unga-med-funktionsnedsattning/","var-går-gränsen-för-unga",["/malgrupper/malgruppens-granser/","/malgrupper/","/malgrupper/unga-med-aktivitetsersattning/","/vagvisare/finansiera-insats/"]),
"c036":("/insatser/fran-behov-till-beslut/","hur-går-det-till-steg-för-steg",["/vagvisare/finansiera-insats/","/roller/beredningsgrupp/"]),
"c037":("/malgrupper/malgruppens-granser/","vad-gäller-när-behovet-bara-rör-en-av-parterna",["/fragor-och-svar/","/insatser/individinriktade/","/vagvisare/finansiera-insats/","/malgrupper/"]),
"c038":("/insatser/","vilka-två-typer-av-insatser-finns",["/fragor-och-svar/","/insatser/individinriktade/","/insatser/strukturovergripande/","/ordlista/"]),
"c039":("/malgrupper/","vilka-grupper-är-prioriterade",["/ordlista/","/fragor-och-svar/","/statistik/"]),
"c040":("/malgrupper/langtidssjukskrivna/","vem-räknas-som-långtidssjukskriven",["/malgrupper/"]),
"c041":(None,None,[]),
"c042":("/uppfoljning/","vad-betyder-gränserna-för-förbundets-egen-uppföljning",["/fragor-och-svar/"]),
"c043":(None,None,[]),
"c044":("/insatser/inriktningar/","vilka-inriktningar-finns",["/uppfoljning/","/ordlista/","/insatser/"]),
"c045":("/malgrupper/malgruppens-granser/","vilka-insatser-har-hamnat-utanför-målgruppen",["/insatser/strukturovergripande/","/roller/andra-aktorer/","/vagvisare/finansiera-insats/"]),
"c046":("/fragor-och-svar/","vem-bestämmer-vilka-personer-som-får-delta-i-en-insats",["/insatser/individinriktade/","/samordningsforbundets-uppgifter/","/insatser/"]),
"c047":("/roller/arbetsformedlingen/",None,["/roller/"]),
"c048":("/roller/kommunen/","vad-betalar-kommunen",["/ekonomi/","/fragor-och-svar/","/om-finansiell-samordning/"]),
"c049":("/","medarbetare-hos-en-part",["/roller/","/roller/arbetsformedlingen/","/roller/forsakringskassan/","/roller/kommunen/","/roller/regionen/","/lasvagar/","/roller/beredningsgrupp/"]),
"c050":("/roller/nationella-radet/",None,["/ordlista/","/roller/","/om-finansiell-samordning/"]),
"c051":("/roller/nns/",None,["/ordlista/","/roller/"]),
"c052":("/malgrupper/unga-med-aktivitetsersattning/",None,["/malgrupper/","/ordlista/"]),
"c053":("/om-finansiell-samordning/","hur-många-förbund-finns-det",["/statistik/","/fragor-och-svar/"]),
"c054":("/statistik/","hur-många-deltar-i-insatserna",["/insatser/individinriktade/","/malgrupper/"]),
"c055":("/uppfoljning/","vad-registreras-i-uppföljning-finsam",["/insatser/inriktningar/","/ordlista/"]),
"c056":("/ordlista/","sus",["/uppfoljning/","/statistik/","/insatser/inriktningar/"]),
"c057":("/ekonomi/","vilken-personal-bidrar-arbetsförmedlingen-och-försäkringskassan-med",["/roller/arbetsformedlingen/","/roller/forsakringskassan/"]),
"c058":("/om-finansiell-samordning/","hur-bildas-ett-samordningsförbund",["/lagstiftning/","/roller/"]),
"c059":(None,None,[]),
"c060":("/ordlista/","viljeforklaring",["/roller/arbetsformedlingen/","/malgrupper/"]),
}
src = '/work/blind5/queries.json'
raw = open(src, 'rb').read()
assert hashlib.sha256(raw).hexdigest() == '0fd2d3b51989205b9044e119c33b1f9fb7364c7476bbd05e87769d5b90fded75'
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

# Run: python3 tests/search/extra-check-6-labels.py [out.json]
# Labels for /work/blind7/queries.json, written from content/docs/**/*.mdx and content/ordlista/*.yaml
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
"e001":("/roller/styrelsen/",None,["/fragor-och-svar/","/roller/","/lasvagar/ny-styrelseledamot/","/ordlista/","/samordningsforbundets-uppgifter/"]),
"e002":("/lasvagar/ny-styrelseledamot/",None,["/lasvagar/","/","/roller/styrelsen/","/roller/"]),
"e003":("/roller/styrelsen/","hur-hanterar-jag-min-dubbla-roll-som-ledamot",["/fragor-och-svar/","/ordlista/","/roller/kommunen/"]),
"e004":("/ordlista/","ersattare",["/roller/styrelsen/","/lasvagar/","/fragor-och-svar/","/lagstiftning/"]),
"e005":("/roller/styrelsen/","får-ledamöterna-arvode",["/fragor-och-svar/","/lagstiftning/"]),
"e006":("/revision/","hur-prövas-ansvarsfriheten",["/roller/revisorerna/","/ordlista/","/roller/styrelsen/","/fragor-och-svar/","/lagstiftning/"]),
"e007":("/lagstiftning/",None,["/ordlista/","/om-finansiell-samordning/","/fragor-och-svar/","/lagstiftning/forslag/"]),
"e008":("/roller/styrelsen/","vad-får-styrelsen-inte-delegera",["/roller/forbundschef/","/fragor-och-svar/","/lagstiftning/","/vagvisare/delegera-beslut/","/ordlista/"]),
"e009":("/lagstiftning/","9---förbundsordningen",["/ordlista/","/roller/","/om-finansiell-samordning/","/fragor-och-svar/","/ekonomi/"]),
"e010":("/ekonomi/","hur-mycket-pengar-handlar-det-om",["/om-finansiell-samordning/","/statistik/","/roller/forsakringskassan/","/fragor-och-svar/","/ordlista/"]),
"e011":("/ekonomi/","vad-gäller-för-eget-kapital-och-budget-i-balans",["/fragor-och-svar/","/ordlista/"]),
"e012":("/roller/beredningsgrupp/","vilket-ansvar-har-beredningsgruppen-mot-styrelsen",["/roller/","/roller/styrelsen/","/insatser/fran-behov-till-beslut/","/fragor-och-svar/","/ordlista/"]),
"e013":("/roller/styrelsen/","är-jag-jävig-när-min-egen-organisation-får-pengar",["/fragor-och-svar/"]),
"e014":("/roller/nationella-radet/",None,["/ordlista/","/roller/","/om-finansiell-samordning/","/fragor-och-svar/"]),
"e015":("/lagstiftning/",None,["/lagstiftning/forslag/","/roller/styrelsen/","/fragor-och-svar/","/roller/forsakringskassan/"]),
"e016":("/ekonomi/","vad-gäller-för-eget-kapital-och-budget-i-balans",["/fragor-och-svar/","/ordlista/","/lagstiftning/"]),
"e017":("/samordningsforbundets-uppgifter/","upprätta-budget-och-årsredovisning",["/revision/","/ekonomi/","/lagstiftning/","/roller/revisorerna/"]),
"e018":("/uppfoljning/","vad-registreras-i-uppföljning-finsam",["/insatser/inriktningar/","/ordlista/","/insatser/individinriktade/","/insatser/"]),
"e019":("/malgrupper/malgruppens-granser/",None,["/insatser/fran-behov-till-beslut/","/malgrupper/","/insatser/individinriktade/","/fragor-och-svar/","/vagvisare/finansiera-insats/"]),
"e020":("/insatser/strukturovergripande/","vad-kan-en-strukturövergripande-insats-vara",["/insatser/","/ordlista/","/fragor-och-svar/"]),
"e021":("/roller/revisorerna/",None,["/revision/","/fragor-och-svar/","/lagstiftning/","/ordlista/"]),
"e022":("/esf/","vem-blir-projektägare",["/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/fragor-och-svar/","/vagvisare/esf-projekt/","/ordlista/","/roller/beredningsgrupp/"]),
"e023":("/fragor-och-svar/","får-förbundet-hantera-personuppgifter-om-deltagarna",["/uppfoljning/","/roller/forbundschef/","/insatser/individinriktade/","/insatser/inriktningar/"]),
"e024":("/lasvagar/ny-forbundschef/",None,["/lasvagar/","/","/roller/forbundschef/","/roller/"]),
"e025":("/roller/kommunen/","vad-betalar-kommunen",["/ekonomi/","/lagstiftning/","/om-finansiell-samordning/","/fragor-och-svar/"]),
"e026":("/roller/forbundschef/","vad-gäller-för-förbundets-anställda",["/fragor-och-svar/","/lagstiftning/forslag/"]),
"e027":("/roller/styrelsen/","hur-går-styrelsens-möten-till",["/roller/kommunen/","/lagstiftning/"]),
"e028":("/uppfoljning/","vem-utvärderar-insatserna",["/samordningsforbundets-uppgifter/","/fragor-och-svar/","/insatser/individinriktade/"]),
"e029":("/roller/regionen/","vad-ansvarar-regionen-för-i-insatserna",["/roller/forbundschef/","/samordningsforbundets-uppgifter/"]),
"e030":("/roller/nns/","hur-förhåller-sig-nns-till-nationella-rådet-och-parterna",["/roller/nationella-radet/","/roller/","/ordlista/","/fragor-och-svar/"]),
"e031":("/roller/beredningsgrupp/","vad-gör-beredningsgruppen",["/lasvagar/beredningsgruppen/","/ordlista/","/roller/","/fragor-och-svar/"]),
"e032":("/lasvagar/beredningsgruppen/",None,["/lasvagar/","/roller/beredningsgrupp/","/"]),
"e033":("/samordningsforbundets-uppgifter/behovsanalys/","hur-gör-man-en-behovsanalys",["/roller/beredningsgrupp/","/ordlista/","/fragor-och-svar/","/insatser/fran-behov-till-beslut/","/roller/kommunen/"]),
"e034":("/insatser/fran-behov-till-beslut/","hur-går-det-till-steg-för-steg",["/roller/beredningsgrupp/","/roller/styrelsen/","/fragor-och-svar/","/lasvagar/beredningsgruppen/"]),
"e035":("/malgrupper/unga-med-aktivitetsersattning/",None,["/ordlista/","/malgrupper/","/statistik/"]),
"e036":("/insatser/fran-behov-till-beslut/","hur-går-det-till-steg-för-steg",["/roller/beredningsgrupp/","/vagvisare/finansiera-insats/","/lasvagar/beredningsgruppen/"]),
"e037":("/roller/beredningsgrupp/","vad-innebär-de-utvidgade-uppgifterna-om-esf",["/samordningsforbundets-uppgifter/utvidgade-uppgifter/","/esf/","/vagvisare/esf-projekt/","/lasvagar/beredningsgruppen/","/fragor-och-svar/"]),
"e038":("/insatser/","vilka-två-typer-av-insatser-finns",["/fragor-och-svar/","/insatser/individinriktade/","/insatser/strukturovergripande/","/ordlista/"]),
"e039":("/malgrupper/",None,["/malgrupper/malgruppens-granser/","/fragor-och-svar/","/ordlista/","/insatser/individinriktade/"]),
"e040":("/malgrupper/langtidssjukskrivna/","hur-många-sjukskrivna-har-deltagit-i-insatserna",["/statistik/","/malgrupper/"]),
"e041":("/roller/beredningsgrupp/","vad-gör-beredningsgruppen",["/ekonomi/","/insatser/fran-behov-till-beslut/","/roller/arbetsformedlingen/"]),
"e042":(None,None,[]),
"e043":(None,None,[]),
"e044":("/ordlista/",None,[]),
"e045":("/insatser/","hur-många-insatser-av-varje-slag-finansieras",["/statistik/","/malgrupper/"]),
"e046":("/om-finansiell-samordning/",None,["/fragor-och-svar/","/ordlista/","/","/samordningsforbundets-uppgifter/"]),
"e047":("/insatser/individinriktade/","vem-är-insatsen-till-för",["/fragor-och-svar/","/roller/arbetsformedlingen/","/lasvagar/tjansteperson-hos-en-part/","/malgrupper/"]),
"e048":("/roller/arbetsformedlingen/",None,["/roller/","/om-finansiell-samordning/","/ekonomi/"]),
"e049":("/roller/kommunen/",None,["/malgrupper/","/om-finansiell-samordning/","/lasvagar/tjansteperson-hos-en-part/"]),
"e050":("/insatser/individinriktade/","vem-gör-vad-i-insatsen",["/ekonomi/","/insatser/","/om-finansiell-samordning/"]),
"e051":("/roller/forsakringskassan/",None,["/roller/","/om-finansiell-samordning/","/ekonomi/","/uppfoljning/"]),
"e052":("/lasvagar/tjansteperson-hos-en-part/",None,["/lasvagar/","/","/om-finansiell-samordning/"]),
"e053":("/roller/nationella-radet/","grundutbildning",["/roller/styrelsen/","/fragor-och-svar/","/lasvagar/"]),
"e054":("/roller/arbetsformedlingen/","vilka-uppdrag-har-arbetsförmedlingen-från-regeringen",["/ordlista/","/malgrupper/"]),
"e055":("/om-finansiell-samordning/","vilka-är-parterna",["/fragor-och-svar/","/roller/","/ordlista/"]),
"e056":("/om-finansiell-samordning/",None,["/malgrupper/malgruppens-granser/","/roller/andra-aktorer/","/fragor-och-svar/"]),
"e057":("/insatser/individinriktade/","vad-kan-en-insats-innehålla",["/insatser/inriktningar/","/insatser/"]),
"e058":(None,None,[]),
"e059":("/om-finansiell-samordning/","hur-många-förbund-finns-det",["/fragor-och-svar/","/statistik/","/roller/kommunen/"]),
"e060":("/lagstiftning/",None,["/lagstiftning/forslag/","/fragor-och-svar/","/roller/forsakringskassan/"]),
}
src = '/work/blind7/queries.json'
raw = open(src, 'rb').read()
assert hashlib.sha256(raw).hexdigest() == 'bd3033175424f14478bd56646fbc4f34dec5ad714d52a9e83367501b4fc99d84'
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

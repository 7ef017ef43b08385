from html import entities
import html

print(len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs), len(entities.html5))
for name in ['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'eacute', 'euro', 'hearts', 'alpha', 'Omega']:
    cp = entities.name2codepoint[name]
    print(name, hex(cp), entities.codepoint2name[cp], ascii(entities.entitydefs[name]))
print('apos' in entities.name2codepoint, 'apos;' in entities.html5, 'apos' in entities.html5)
legacy = sorted(k for k in entities.html5 if not k.endswith(';'))
print(len(legacy), legacy[:10], legacy[-5:])
multi = sorted(k for k, v in entities.html5.items() if len(v) > 1)
print(len(multi), multi[:8])
print(ascii(entities.html5['NotEqualTilde;']), ascii(entities.html5['fjlig;']))
print(sum(map(ord, ''.join(entities.html5.values()))), sum(entities.name2codepoint.values()))
print(all(html.unescape('&' + k) == v for k, v in entities.html5.items()))
print(all(entities.codepoint2name[v] == k for k, v in entities.name2codepoint.items()))
print(sorted(entities.__all__))
print(list(entities.name2codepoint)[:5], list(entities.html5)[:5])

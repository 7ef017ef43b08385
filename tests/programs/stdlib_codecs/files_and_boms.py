import codecs
import os
import tempfile

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), codecs.BOM == codecs.BOM_UTF16)
print(codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))

def sniff(data):
    for bom, name in ((codecs.BOM_UTF32_LE, 'utf-32'), (codecs.BOM_UTF32_BE, 'utf-32'),
                      (codecs.BOM_UTF8, 'utf-8-sig'), (codecs.BOM_UTF16_LE, 'utf-16'),
                      (codecs.BOM_UTF16_BE, 'utf-16')):
        if data.startswith(bom):
            return name
    return 'utf-8'

samples = [codecs.BOM_UTF8 + 'naïve'.encode('utf-8'),
           codecs.BOM_UTF16_BE + 'naïve'.encode('utf-16-be'),
           codecs.BOM_UTF16_LE + 'naïve'.encode('utf-16-le'),
           codecs.BOM_UTF32_BE + 'naïve'.encode('utf-32-be'),
           'naïve'.encode('utf-8')]
for data in samples:
    enc = sniff(data)
    print(enc, repr(codecs.decode(data, enc)))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt')
    with codecs.open(path, 'w', encoding='utf-16') as f:
        print(type(f).__name__, f.encoding)
        f.write('première ligne\n')
        f.writelines(['deuxième\n', 'troisième € ligne\n'])
    with open(path, 'rb') as f:
        raw = f.read()
    print(len(raw), raw[:6])
    with codecs.open(path, 'r', encoding='utf-16') as f:
        print(repr(f.readline()))
        print(f.readlines())
    with codecs.open(path, encoding='utf-16') as f:
        for line in f:
            print(repr(line))
    with codecs.open(path, 'rb') as f:
        print(type(f.read()).__name__)
    with codecs.open(path, 'w', encoding='latin-1', errors='replace') as f:
        f.write('snow ☃ man\n')
    with codecs.open(path, encoding='latin-1') as f:
        print(repr(f.read()))
    try:
        codecs.open(path, 'w', encoding='klingon')
    except LookupError as e:
        print('LookupError', e)

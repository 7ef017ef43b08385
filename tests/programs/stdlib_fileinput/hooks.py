import fileinput, os, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
with open('latin.txt', 'wb') as f:
    f.write('caf\xe9\nna\xefve\n'.encode('latin-1'))
with open('utf.txt', 'w', encoding='utf-8') as f:
    f.write('z\u00fcrich\n')
print([l for l in fileinput.input(['latin.txt'], openhook=fileinput.hook_encoded('latin-1'))])
fileinput.close()
print([l for l in fileinput.FileInput(['utf.txt'], encoding='utf-8')])
print([l for l in fileinput.FileInput(['latin.txt'], encoding='ascii', errors='replace')])
opened = []
def hook(name, mode):
    opened.append((name, mode))
    return open(name, mode, encoding='latin-1')
print(len(list(fileinput.FileInput(['latin.txt', 'latin.txt'], openhook=hook))), opened)
print(list(fileinput.FileInput(['utf.txt'], openhook=fileinput.hook_compressed, encoding='utf-8')))
for kwargs in [dict(mode='w'), dict(mode='rU'), dict(inplace=True, openhook=hook), dict(openhook=5)]:
    try:
        fileinput.FileInput(['utf.txt'], **kwargs)
    except ValueError as e:
        print(kwargs.get('mode'), type(e).__name__, e)
try:
    list(fileinput.FileInput(['missing.txt']))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(fileinput.FileInput[str])
os.chdir('/')
tmp.cleanup()

import fileinput, os, sys, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
with open('conf.ini', 'w') as f:
    f.write('[main]\nhost = old.example.com\nport = 80\n# comment\n')
with open('other.txt', 'w') as f:
    f.write('one\ntwo\n')
os.chmod('conf.ini', 0o640)
with fileinput.input(['conf.ini', 'other.txt'], inplace=True) as fi:
    for line in fi:
        if line.startswith('#'):
            continue
        line = line.replace('old.example.com', 'new.example.com')
        if fi.isfirstline():
            print('; edited file', fi.filename())
        print(line, end='')
print('stdout restored')
print(sorted(os.listdir('.')))
print(open('conf.ini').read(), end='')
print(open('other.txt').read(), end='')
print(oct(os.stat('conf.ini').st_mode & 0o777))
# with a backup extension the original is kept
for line in fileinput.input('other.txt', inplace=True, backup='.orig'):
    sys.stdout.write(line.upper())
fileinput.close()
print(sorted(os.listdir('.')))
print(open('other.txt').read(), open('other.txt.orig').read(), sep='|')
# breaking out early still restores stdout
fi = fileinput.FileInput(['conf.ini'], inplace=True)
for line in fi:
    print('FIRST ONLY')
    break
fi.close()
print('restored again', open('conf.ini').read().splitlines())
os.chdir('/')
tmp.cleanup()

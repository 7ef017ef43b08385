import os, shutil
base = 'sm_work'
def p(*parts): return os.path.join(base, *parts)
os.makedirs(p('d', 'sub'))
with open(p('f'), 'w') as f: f.write('data')
print(shutil.move(p('f'), p('g')), sorted(os.listdir(base)))
print(shutil.move(p('g'), p('d')), sorted(os.listdir(p('d'))))
with open(p('g'), 'w') as f: f.write('again')
try:
    shutil.move(p('g'), p('d'))
except shutil.Error as e:
    print('Error', str(e).startswith('Destination path'), str(e).endswith('already exists'))
try:
    shutil.move(p('d'), p('d', 'sub'))
except shutil.Error as e:
    print('Error', 'into itself' in str(e))
print(shutil.move(p('d'), p('e')), sorted(os.listdir(base)))
# which
print(shutil.which(p('g')), shutil.which(p('g'), mode=os.F_OK))
print(shutil.which('g', path=base, mode=os.F_OK))
print(shutil.which('g', path='nonexistent' + os.pathsep + base, mode=os.F_OK))
print(shutil.which(b'g', path=base, mode=os.F_OK))
print(shutil.which('g', path='', mode=os.F_OK), shutil.which('e', path=base, mode=os.F_OK))
print(shutil.which('sh') is not None, shutil.which('no-such-command-xyz'))
# terminal size
for cols, lines in [(None, None), ('100', None), ('abc', '50'), ('0', '7'), ('120', '40')]:
    for k, v in (('COLUMNS', cols), ('LINES', lines)):
        if v is None: os.environ.pop(k, None)
        else: os.environ[k] = v
    print(shutil.get_terminal_size(), shutil.get_terminal_size((33, 44)))
os.environ.pop('COLUMNS', None); os.environ.pop('LINES', None)
print(shutil.SameFileError.__mro__[1:3], issubclass(shutil.SpecialFileError, OSError))
print(repr(shutil.Error('x')), shutil.Error([('a', 'b', 'c')]).args)
shutil.rmtree(base)
print(os.path.exists(base))

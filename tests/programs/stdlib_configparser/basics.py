import configparser
import io

TEXT = """\
# top comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
description: a long
    multi-line value

    with a blank line
ratio = 0.75
; another comment
   # indented comment
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.defaults())
print(list(cp))
print(len(cp))
print('forge.example' in cp, 'nope' in cp, 'DEFAULT' in cp)
print(cp.has_section('DEFAULT'), cp.has_section('forge.example'))
print(cp.options('topsecret.server.example'))
print(cp['forge.example']['user'], cp['forge.example']['USER'])
top = cp['topsecret.server.example']
print(repr(top), top.name, top.parser is cp)
print(repr(top['description']))
print(top.getint('port'), top.getfloat('ratio'), top.getboolean('forwardx11'))
print(cp.getboolean('forge.example', 'compression'))
print(cp.getint('forge.example', 'compressionlevel'))
print(repr(top['empty']))
print(top.get('missing'), top.get('missing', 'fb'), top.getint('missing', 7))
print(cp.get('forge.example', 'missing', fallback='dflt'))
print(cp.get('nosection', 'x', fallback=None))
print(cp.getint('nosection', 'x', fallback=3))
print(cp.has_option('forge.example', 'ServerAliveInterval'))
print(cp.has_option('nosection', 'x'), cp.has_option('DEFAULT', 'compression'))
print(cp.has_option('', 'compression'))
print(list(top.keys()))
print(len(top), 'port' in top, 'PORT' in top, 'zzz' in top)
print(dict(cp['DEFAULT']))
print(cp.items('forge.example'))
print([(k, type(v).__name__) for k, v in cp.items()])
for name, proxy in cp.items():
    print(name, sorted(proxy))

for args in [('forge.example', 'nothere'), ('nosuch', 'user')]:
    try:
        cp.get(*args)
    except configparser.Error as e:
        print(type(e).__name__, e, e.args)
try:
    cp['nosuch']
except KeyError as e:
    print('KeyError', e)
try:
    top['nothere']
except KeyError as e:
    print('KeyError', e)
try:
    cp.getint('forge.example', 'compression')
except ValueError as e:
    print('ValueError', e)
try:
    cp.getboolean('topsecret.server.example', 'port')
except ValueError as e:
    print('ValueError', e)

print(cp.getboolean('forge.example', 'user', vars={'user': 'On'}))
print(cp.get('forge.example', 'user', vars={'User': 'x'}))
print(sorted(cp.BOOLEAN_STATES.items()))
cp.BOOLEAN_STATES = {'sure': True, 'nah': False}
cp['forge.example']['ok'] = 'Sure'
print(cp.getboolean('forge.example', 'ok'))
try:
    cp.getboolean('forge.example', 'compression')
except ValueError as e:
    print('ValueError', e)

out = io.StringIO()
cp.write(out)
print(out.getvalue(), end='|\n')
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue(), end='|\n')

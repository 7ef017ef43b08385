import configparser

BASIC = """\
[DEFAULT]
home = /home/%(user)s
user = nobody

[paths]
user = alice
data = %(home)s/data
cache = %(data)s/cache
pct = 100%%
literal = %%(home)s
missing = %(nope)s/x
badsyntax = 50% off
badref = %(home
loop1 = %(loop2)s
loop2 = %(loop1)s
Mixed = %(USER)s
"""

cp = configparser.ConfigParser()
cp.read_string(BASIC)
for opt in ['home', 'data', 'cache', 'pct', 'literal', 'mixed']:
    print(opt, '=', cp.get('paths', opt))
print(cp.get('paths', 'data', raw=True))
print(cp.get('paths', 'data', vars={'home': '/opt'}))
print(cp.get('DEFAULT', 'home'))
print(cp['paths'].get('cache', raw=True))
for opt in ['missing', 'badsyntax', 'badref', 'loop1']:
    try:
        cp.get('paths', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, '|', e)
        print('   ', e.args, e.option, e.section)
try:
    cp.items('paths')
except configparser.InterpolationError as e:
    print('items:', type(e).__name__)
print(cp.items('paths', raw=True)[:3])

for bad in ['50%', '%(ok)s and %x', 'fine %% %(a)s', '%']:
    try:
        cp.set('paths', 'new', bad)
        print('set ok', repr(cp.get('paths', 'new', raw=True)))
    except ValueError as e:
        print('ValueError', e)

raw = configparser.RawConfigParser()
raw.read_string(BASIC)
print(raw.get('paths', 'data'), raw.get('paths', 'pct'))
raw.set('paths', 'n', 5)
print(repr(raw.get('paths', 'n')))
none = configparser.ConfigParser(interpolation=None)
none.read_string(BASIC)
print(none.get('paths', 'missing'), none.get('paths', 'badsyntax'))
none.set('paths', 'x', '%')
print(none['paths']['x'])

EXT = """\
[common]
root = /srv
name = app
price = $$5

[app]
dir = ${common:root}/${common:name}
logs = ${dir}/logs
deep = ${logs}/deeper
cost = ${common:price}
dollar = $$HOME
missing = ${common:nothing}
nosect = ${ghost:x}
bad = $oops
badref = ${unclosed
colons = ${a:b:c}
chain = ${other:val}

[other]
val = ${base}-x
base = B
"""
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(EXT)
for opt in ['dir', 'logs', 'deep', 'cost', 'dollar', 'chain']:
    print(opt, '=', ext['app'][opt])
for opt in ['missing', 'nosect', 'bad', 'badref', 'colons']:
    try:
        ext.get('app', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, '|', e)
for bad in ['$x', 'ok ${a} $$ $', '${x:y}']:
    try:
        ext.set('app', 'new', bad)
        print('set ok', bad)
    except ValueError as e:
        print('ValueError', e)

defaults = configparser.ConfigParser(defaults={'pct': '10%', 'Base': 1})
print(defaults.defaults())
try:
    print(defaults.get('DEFAULT', 'pct'))
except configparser.Error as e:
    print(type(e).__name__, e)
print(defaults.get('DEFAULT', 'pct', raw=True), defaults.getint('DEFAULT', 'base'))
try:
    configparser.ConfigParser(interpolation=object())
except TypeError as e:
    print('TypeError', e)

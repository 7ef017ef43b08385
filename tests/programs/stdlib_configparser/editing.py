import configparser
import io


def dump(cp, **kw):
    buf = io.StringIO()
    cp.write(buf, **kw)
    print(repr(buf.getvalue()))


cp = configparser.ConfigParser()
cp['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'Level': 9}
cp['bitbucket.org'] = {}
cp['bitbucket.org']['User'] = 'hg'
cp['topsecret'] = {'Port': 50022, 'ForwardX11': 'no'}
cp.add_section('extra')
cp.set('extra', 'multi', 'line one\nline two\n\nline four')
cp.set('extra', 'Flag', '')
dump(cp)
print(cp.sections(), len(cp), list(cp.keys()))
print(cp.options('extra'))
print(cp.remove_option('extra', 'FLAG'), cp.remove_option('extra', 'flag'))
print(cp.remove_section('extra'), cp.remove_section('extra'))
del cp['topsecret']['port']
print(list(cp['topsecret']))
try:
    del cp['topsecret']['compression']
except KeyError as e:
    print('KeyError', e)
try:
    del cp['topsecret']['nothing']
except KeyError as e:
    print('KeyError', e)
cp['topsecret'] = {'new': 'fresh'}
print(dict(cp['topsecret']))
del cp['topsecret']
print('topsecret' in cp, cp.sections())
for bad in [lambda: cp.__delitem__('DEFAULT'), lambda: cp.__delitem__('gone'),
            lambda: cp.add_section('DEFAULT'), lambda: cp.add_section('bitbucket.org'),
            lambda: cp.add_section(5), lambda: cp.set('bitbucket.org', 'k', 5),
            lambda: cp.set('bitbucket.org', 5, 'v'), lambda: cp.set('nosect', 'k', 'v'),
            lambda: cp.remove_option('nosect', 'k'), lambda: cp.options('nosect'),
            lambda: cp.options('DEFAULT'), lambda: cp.items('nosect'),
            lambda: cp['bitbucket.org'].__setitem__('k', 3),
            lambda: cp.read_dict({'s': {'a': 1, 'A': 2}}),
            lambda: cp.popitem(), lambda: cp.popitem()]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__, e)
print(cp.sections())
cp.set('DEFAULT', 'shared', 'x')
cp.set('', 'other', 'y')
print(cp.defaults())
print(cp.remove_option('DEFAULT', 'other'), cp.defaults())
cp['DEFAULT'] = {'only': '1'}
print(dict(cp['DEFAULT']), len(cp['DEFAULT']))
cp.read_dict({'a': {'x': 1, 'y': ''}, 'b': {'z': 2.5}}, source='mine')
print(cp.items('a', raw=True), cp.items('b', vars={'V': 'vv'}))
cp.read_dict({'a': {'x': 9}})
print(cp['a']['x'])
dump(cp)
dump(cp, space_around_delimiters=False)

nv = configparser.ConfigParser(allow_no_value=True, delimiters=(':', '='))
nv.read_string("""
[mysqld]
user = mysql
skip-external-locking
old_passwords = 1
skip-bdb
key_buffer: 16M
""")
print(nv.items('mysqld'))
print(nv.get('mysqld', 'skip-bdb'), nv.has_option('mysqld', 'skip-bdb'))
nv.set('mysqld', 'new-flag')
nv['mysqld']['other'] = None
dump(nv)

sorted_cp = configparser.RawConfigParser(dict_type=dict)
sorted_cp.optionxform = str
sorted_cp.read_string('[S]\nCamelCase = 1\nlower = 2\n')
print(sorted_cp.options('S'), sorted_cp.has_option('S', 'camelcase'))
dump(sorted_cp)

plain = configparser.RawConfigParser()
plain.add_section('n')
plain.set('n', 'int', 3)
plain.set('n', 'none', None)
plain.set('n', 'lst', [1, 2])
dump(plain)

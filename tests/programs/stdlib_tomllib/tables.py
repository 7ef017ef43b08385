import tomllib

DOCS = [
    'a.b.c = 1\na.b.d = 2\na.e = "x"',
    '[dog."tater.man"]\ntype.name = "pug"',
    '[ j . "ʞ" . \'l\' ]\nkey = 1',
    '[x.y.z.w]\n[x]\nq = 1',
    'fruit.apple.color = "red"\nfruit.apple.taste.sweet = true\n[fruit.orange]\nx = 1',
    '[a]\nx = 1\n[b]\ny = 2\n[a.c]\nz = 3',
    '[[products]]\nname = "Hammer"\nsku = 738594937\n\n[[products]]  # empty\n\n[[products]]\nname = "Nail"\ncolor = "gray"',
    '[[t]]\n[t.sub]\nv = 1\n[[t]]\n[t.sub]\nv = 2',
    '[a]\n[[a.list]]\nn = 1\n[[a.list]]\nn = 2\n[a.list.inner]\nk = true',
    'name = { first = "Tom", last = "Preston-Werner" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = "pug" }',
    'nested = { a = { b = { c = [1, {d = 2}] } } }\nempty = {}\nsp = {   }',
    'arr = [\n  1,\n  2, # two\n  [3, "four"],\n  { five = 5 },\n]\nmixed = [ 0.1, "s", true, 1979-05-27 ]',
    'points = [ { x = 1, y = 2, z = 3 },\n           { x = 7, y = 8, z = 9 } ]',
    '1234 = "digits"\n-_- = "dashes"\n3.14159 = "pi"',
]
for doc in DOCS:
    print(tomllib.loads(doc))

ERRORS = [
    '[fruit]\napple = "red"\n[fruit]\norange = "orange"',
    '[fruit]\napple = "red"\n[fruit.apple]\ntexture = "smooth"',
    'fruit.apple = 1\nfruit.apple.smooth = true',
    '[product]\ntype = { name = "Nail" }\ntype.edible = false',
    '[product]\ntype.name = "Nail"\ntype = { edible = false }',
    '[[fruits]]\nname = "apple"\n[fruits]\nx = 1',
    'fruits = []\n[[fruits]]',
    'a = 1\n[[a]]',
    '[a.b]\nx = 1\n[a]\nb.y = 2',
    'a.b = 1\n[a]',
    '[x]\ny.z = 1\n[x.y]',
    'p = { x = 1, x = 2 }',
    'p = { a = {}, a.b = 1 }',
    'p = { a = 1, a.b = 1 }',
    'p = { x = 1',
    'p = { x = 1, }',
    'p = { x = 1\n}',
    'a = [1, 2',
    'a = [1 2]',
    'a = [,]',
    '[table',
    '[[array]',
    '[[array] ]',
    '[]',
    '[a.]',
    'key',
    'key = ',
    '= 1',
    'a = 1 b = 2',
    'first = "Tom" last = "Preston-Werner"',
    'a = 1\na = 2',
    '{a = 1}',
    'a = 1\n\n\n  $ = 2',
    '\ufeffa = 1',
    'a = 1\r',
    'a = 1 # ok\x01',
]
for doc in ERRORS:
    try:
        print(tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), '->', e)

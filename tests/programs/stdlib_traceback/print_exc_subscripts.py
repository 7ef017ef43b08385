import traceback, sys
def a(): return [1, 2][5]
def b(): return {'k': 1}['z']
def c(): d = {'x': [1]}; return d['x'][3]
def e(): return (1, 2)[9]
def f(): s = 'ab'; return s[1:][7]
for fn in (a, b, c, e, f):
    try: fn()
    except Exception: print(traceback.format_exc().replace(__file__, 'F'), end='')

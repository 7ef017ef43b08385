import os, shutil
base = 'sr_work'
def p(*parts): return os.path.join(base, *parts)
os.makedirs(p('t', 'a', 'b'))
for name in ('t/x', 't/a/y', 't/a/b/z'):
    with open(p(name), 'w') as f: f.write(name)
shutil.rmtree(p('t'))
print(os.path.exists(p('t')), os.listdir(base))
try:
    shutil.rmtree(p('missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree(p('missing'), ignore_errors=True); print('ignored')
log = []
def onexc(func, path, exc):
    log.append((func.__name__, os.path.relpath(path, base), type(exc).__name__))
shutil.rmtree(p('missing'), onexc=onexc)
print(log)
def onerror(func, path, info):
    print('onerror', func.__name__, os.path.relpath(path, base), info[0].__name__, isinstance(info[1], OSError))
shutil.rmtree(p('missing2'), onerror=onerror)
with open(p('file'), 'w') as f: f.write('x')
try:
    shutil.rmtree(p('file'))
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno)
log.clear()
shutil.rmtree(p('file'), onexc=onexc)
print(sorted(set(e[2] for e in log)), os.path.exists(p('file')))
# onexc wins over onerror
log.clear()
shutil.rmtree(p('gone'), onerror=onerror, onexc=onexc); print(log)
shutil.rmtree(base)
print(os.path.exists(base))

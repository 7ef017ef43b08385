import glob, os
print(glob.has_magic('a[b'), glob.has_magic(b'plain'), glob.escape('a[b]*?'), glob.escape(b'*'))
print(glob.glob('definitely_missing_dir_xyz/*'), glob.glob('definitely_missing_dir_xyz/**', recursive=True))
os.mkdir('glob_magic_tmp')
try:
    for n in ['a1', 'a2', 'b1', '.h']:
        open(os.path.join('glob_magic_tmp', n), 'w').close()
    print(sorted(glob.glob('glob_magic_tmp/a?')), sorted(glob.glob('*', root_dir='glob_magic_tmp')))
    print(sorted(glob.glob('**', root_dir='glob_magic_tmp', recursive=True, include_hidden=True)))
    print(glob.glob1('glob_magic_tmp', 'b*'), glob.glob0('glob_magic_tmp', 'a1'), glob.glob0('glob_magic_tmp', 'zz'))
finally:
    for n in os.listdir('glob_magic_tmp'):
        os.remove(os.path.join('glob_magic_tmp', n))
    os.rmdir('glob_magic_tmp')

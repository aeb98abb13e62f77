def log = new File(basedir, 'build.log').text
assert log.contains('textqc: skipped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/textqc').exists()
return true

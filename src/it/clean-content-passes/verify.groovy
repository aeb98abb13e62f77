def log = new File(basedir, 'build.log').text
assert log.contains('textqc: 2 documents (2 files, 0 unchanged from cache), 0 findings, 0 at or above warning')
assert log.contains('textqc: 2 documents (2 files, 2 unchanged from cache), 0 findings, 0 at or above warning')
assert log.contains('BUILD SUCCESS')
def report = new File(basedir, 'target/textqc/report')
assert new File(report, 'index.html').text.contains('Report: 2 documents')
assert new File(report, 'textqc.sarif').text.contains('"version" : "2.1.0"')
assert new File(report, 'documents').list().length == 2
return true

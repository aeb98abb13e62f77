def log = new File(basedir, 'build.log').text
assert log.contains('textqc: 1 document (1 file, 0 unchanged from cache), 2 findings, 0 at or above error')
assert log.contains('BUILD SUCCESS')
assert !log.contains('BP_AD_MARKER')
def report = new File(basedir, 'target/textqc/report')
assert report.list() as Set == ['TEST-textqc.xml', 'textqc-checkstyle.xml'] as Set
def junit = new groovy.xml.XmlSlurper().parse(new File(report, 'TEST-textqc.xml'))
assert junit.@failures == '0'
return true

def log = new File(basedir, 'build.log').text
assert log.contains('textqc: 3 findings at or above warning (maxFindings 0) in 1 of 2 documents; report: target/textqc/report/index.html')
assert log.contains('src/content/ferry.txt:3:1: warning BP_AD_MARKER')
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException')
def report = new File(basedir, 'target/textqc/report')
['index.html', 'textqc.sarif', 'TEST-textqc.xml', 'textqc-checkstyle.xml', 'textqc-github.txt'].each {
  assert new File(report, it).isFile() : "missing report $it"
}
def junit = new groovy.xml.XmlSlurper().parse(new File(report, 'TEST-textqc.xml'))
assert junit.@tests == '2'
assert junit.@failures == '1'
assert new File(report, 'textqc-github.txt').readLines().size() == 3
return true

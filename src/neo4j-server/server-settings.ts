/**
 * The neo4j.conf and JVM flags of a local instance. The JVM flags are those the official 5.26
 * distribution passes through `server.jvm.additional`: the launcher normally reads them from
 * neo4j.conf, but we start the entry point ourselves and so pass them on the command line.
 */

export interface InstanceSettings {
  dataDir: string;
  logsDir: string;
  runDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

export function neo4jConf(s: InstanceSettings): string {
  return [
    '# Written by src/neo4j-server/server-settings.ts on every start; edits here are overwritten.',
    `server.directories.data=${s.dataDir}`,
    `server.directories.logs=${s.logsDir}`,
    `server.directories.run=${s.runDir}`,
    // Loopback only, and with a password (instance-password.ts): without one, any local process
    // could change the graph and leave no change record.
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    'server.bolt.advertised_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Sized for a 2-core, 24 GiB machine shared with the API process and the tests.
    `server.memory.heap.initial_size=${s.heap}`,
    `server.memory.heap.max_size=${s.heap}`,
    `server.memory.pagecache.size=${s.pageCache}`,
    'server.threads.worker_count=4',
    'db.transaction.timeout=60s',
    'db.transaction.concurrent.maximum=64',
    '',
  ].join('\n');
}

export function jvmFlags(s: InstanceSettings): string[] {
  return [
    `-Xms${s.heap}`,
    `-Xmx${s.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
  ];
}

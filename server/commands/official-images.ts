/**
 * Docker Hub's official images people name most (facts: the repositories under `library/`, as
 * docker-library/official-images lists them). A one-part name is read as `docker.io/library/NAME`,
 * where only official images live: a name one slip away from one of these (`elsaticsearch`,
 * `ngnix`) is a repository that does not exist there.
 */
import { editDistance } from '../text/did-you-mean.js';

export const OFFICIAL_IMAGES: ReadonlySet<string> = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'amazoncorretto', 'amazonlinux', 'arangodb', 'archlinux', 'bash', 'buildpack-deps',
  'busybox', 'caddy', 'cassandra', 'centos', 'chronograf', 'clojure', 'composer', 'consul', 'couchbase', 'couchdb', 'crate', 'debian',
  'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'elasticsearch', 'elixir', 'erlang', 'fedora', 'flink', 'gcc', 'ghost',
  'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'hello-world', 'httpd', 'influxdb', 'jenkins', 'jetty', 'joomla', 'julia',
  'kapacitor', 'kibana', 'kong', 'logstash', 'mariadb', 'matomo', 'maven', 'mediawiki', 'memcached', 'mongo', 'mongo-express',
  'mysql', 'nats', 'neo4j', 'nextcloud', 'nginx', 'node', 'odoo', 'openjdk', 'oraclelinux', 'percona', 'perl', 'php', 'phpmyadmin',
  'postgres', 'pypy', 'python', 'rabbitmq', 'redis', 'redmine', 'registry', 'rockylinux', 'ruby', 'rust', 'solr', 'sonarqube',
  'swift', 'telegraf', 'tomcat', 'traefik', 'ubuntu', 'varnish', 'wordpress', 'zookeeper',
]);

/**
 * The official image a one-part repository name is one slip from (one letter wrong, missing, extra or swapped, the first
 * kept), if just one.
 */
export function officialImageSlip(repository: string): string | undefined {
  if (repository.includes('/') || repository.length < 4 || OFFICIAL_IMAGES.has(repository)) return undefined;
  let found: string | undefined;
  for (const official of OFFICIAL_IMAGES) {
    // A slip keeps the first letter (`ngnix`, `elsaticsearch`): `host` is no `ghost` mistyped.
    if (official.length < 5 || official[0] !== repository[0] || Math.abs(official.length - repository.length) > 1
      || editDistance(repository, official) !== 1) continue;
    if (found) return undefined;
    found = official;
  }
  return found;
}

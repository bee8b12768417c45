import { Problems } from "@homelab/constructs";
import {
  checkCidr,
  checkDnsLabel,
  checkDnsName,
  checkDomainName,
  checkEmail,
  checkHex,
  checkImageTag,
  checkIntegerRange,
  checkIpv4,
  checkKvMount,
  checkLowerName,
  checkMacAddress,
  checkPinnedVersion,
  checkPort,
  checkSecretKey,
  checkSecretLocation,
  checkSecretPath,
  checkSecretRef,
  checkUnique,
  checkUrl,
  checkWholeNumber,
  isDnsLabel,
  isDnsName,
  isDomainName,
  isEmail,
  isHex,
  isIpv4,
  isKvMount,
  isPinnedImageTag,
  isPinnedVersion,
  isPort,
  isSecretKey,
  isSecretLocation,
  isSecretPath,
  isSecretRef,
  isUrl,
  quoted,
} from "../../../constructs/lib/core/validate";
import { configProblems } from "../../helpers/fixtures";

/**
 * The validation vocabulary: each rule once, with the values it accepts, the values it rejects and the
 * exact message of each rejection. The constructs' tests assert the messages their call sites pass in.
 */

/** Runs one check on a fresh `Problems("x")`: what it returned and the messages it recorded. */
function run(record: (check: Problems) => boolean): { ok: boolean; problems: readonly string[] } {
  const check = new Problems("x");
  const ok = record(check);
  expect(check.any).toBe(!ok);
  return { ok, problems: ok ? [] : configProblems(() => check.throwIfAny()) };
}

/** Each value passes `record` and is recorded nowhere. */
function accepts<T>(values: readonly T[], record: (check: Problems, value: T) => boolean, predicate?: (value: T) => boolean): void {
  for (const value of values) {
    expect({ value, ...run((c) => record(c, value)) }).toEqual({ value, ok: true, problems: [] });
    if (predicate) expect({ value, ok: predicate(value) }).toEqual({ value, ok: true });
  }
}

/** Each value fails `record` with exactly the message given for it. */
function rejects<T>(cases: ReadonlyArray<[T, string]>, record: (check: Problems, value: T) => boolean, predicate?: (value: T) => boolean): void {
  for (const [value, message] of cases) {
    expect({ value, ...run((c) => record(c, value)) }).toEqual({ value, ok: false, problems: [message] });
    if (predicate) expect({ value, ok: predicate(value) }).toEqual({ value, ok: false });
  }
}

describe("names", () => {
  test("DNS label: a-z, 0-9 and '-', not at either end, at most 63 characters", () => {
    const check = (c: Problems, v: string) => checkDnsLabel(c, "hostname", v, 'use e.g. "ocean"');
    accepts(["a", "ocean", "kube01", "0", "a-b", "a".repeat(63)], check, isDnsLabel);
    rejects(
      [
        ["", `x: hostname must be a DNS label (a-z, 0-9, '-', at most 63 characters), got ""; use e.g. "ocean"`],
        ["Web_1", `x: hostname must be a DNS label (a-z, 0-9, '-', at most 63 characters), got "Web_1"; use e.g. "ocean"`],
        ["-a", `x: hostname must be a DNS label (a-z, 0-9, '-', at most 63 characters), got "-a"; use e.g. "ocean"`],
        ["a-", `x: hostname must be a DNS label (a-z, 0-9, '-', at most 63 characters), got "a-"; use e.g. "ocean"`],
        ["a.b", `x: hostname must be a DNS label (a-z, 0-9, '-', at most 63 characters), got "a.b"; use e.g. "ocean"`],
        ["a".repeat(64), `x: hostname must be a DNS label (a-z, 0-9, '-', at most 63 characters), got "${"a".repeat(64)}"; use e.g. "ocean"`],
      ],
      check,
      isDnsLabel,
    );
  });

  test("a call site may word the problem itself", () => {
    expect(run((c) => checkDnsLabel(c, "pki.issuers", "Ansible", 'e.g. "ansible"', "names something that is not a role name")).problems).toEqual([
      'x: pki.issuers names something that is not a role name, got "Ansible"; e.g. "ansible"',
    ]);
  });

  test("DNS name: one or more labels joined by '.', at most 253 characters", () => {
    const check = (c: Problems, v: string) => checkDnsName(c, "domain", v, 'write it like "home.arpa"');
    const long = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
    accepts(["home.arpa", "lan", "pve1", "a-1.b-2.example", long], check, isDnsName);
    rejects(
      [
        ["Home Lab", 'x: domain is not a DNS domain, got "Home Lab"; write it like "home.arpa"'],
        ["under_score", 'x: domain is not a DNS domain, got "under_score"; write it like "home.arpa"'],
        ["home.arpa.", 'x: domain is not a DNS domain, got "home.arpa."; write it like "home.arpa"'],
        ["a..b", 'x: domain is not a DNS domain, got "a..b"; write it like "home.arpa"'],
        ["", 'x: domain is not a DNS domain, got ""; write it like "home.arpa"'],
        [`${long}x`, `x: domain is not a DNS domain, got "${long}x"; write it like "home.arpa"`],
      ],
      check,
      isDnsName,
    );
  });

  test("domain name: two or more labels under a top-level domain of 2-63 letters", () => {
    const check = (c: Problems, v: string) => checkDomainName(c, "zone.name", v, 'e.g. "example.net"');
    accepts(["example.net", "plex.example.net", "home.arpa", "a-b.co"], check, isDomainName);
    rejects(
      [
        ["example", 'x: zone.name is not a domain name, got "example"; e.g. "example.net"'],
        ["example.n", 'x: zone.name is not a domain name, got "example.n"; e.g. "example.net"'],
        ["example.123", 'x: zone.name is not a domain name, got "example.123"; e.g. "example.net"'],
        ["Example.net", 'x: zone.name is not a domain name, got "Example.net"; e.g. "example.net"'],
        ["example.net.", 'x: zone.name is not a domain name, got "example.net."; e.g. "example.net"'],
      ],
      check,
      isDomainName,
    );
  });

  test("e-mail address: one '@', no spaces, a '.' in the domain", () => {
    const check = (c: Problems, v: string) => checkEmail(c, "email", v, 'e.g. "ops@example.net"');
    accepts(["ops@example.net", "a.b+c@d.e.f"], check, isEmail);
    rejects(
      [
        ["ops", 'x: email is not an email address, got "ops"; e.g. "ops@example.net"'],
        ["ops.example.net", 'x: email is not an email address, got "ops.example.net"; e.g. "ops@example.net"'],
        ["ops@example", 'x: email is not an email address, got "ops@example"; e.g. "ops@example.net"'],
        ["a@b@c.d", 'x: email is not an email address, got "a@b@c.d"; e.g. "ops@example.net"'],
        ["o ps@example.net", 'x: email is not an email address, got "o ps@example.net"; e.g. "ops@example.net"'],
      ],
      check,
      isEmail,
    );
  });

  test("quoted: names quoted and joined for a fix", () => {
    expect(quoted(["a", "b"])).toBe('"a", "b"');
    expect(quoted([])).toBe("");
  });

  test("unique: each value once; the problem lists each repeated value once", () => {
    const check = (c: Problems, v: string[]) => checkUnique(c, "nodes", v, "hostname", "give every node its own hostname");
    accepts([[], ["a"], ["a", "b"]], check);
    rejects([[["a", "b", "a", "a", "b", "c"], 'x: nodes list a hostname more than once, got ["a","b"]; give every node its own hostname']], check);
  });
});

describe("Vault KV v2 secrets", () => {
  test("mount: letters, digits, '_' and '-'", () => {
    const check = (c: Problems, v: string) => checkKvMount(c, "mount", v, 'e.g. "secret"');
    accepts(["secret", "kv_2", "Homelab-KV"], check, isKvMount);
    rejects(
      [
        ["", 'x: mount must be a KV v2 mount name, got ""; e.g. "secret"'],
        ["secret/", 'x: mount must be a KV v2 mount name, got "secret/"; e.g. "secret"'],
        ["my mount", 'x: mount must be a KV v2 mount name, got "my mount"; e.g. "secret"'],
      ],
      check,
      isKvMount,
    );
  });

  test("secret path: relative, segments joined by single '/'", () => {
    const check = (c: Problems, v: string) => checkSecretPath(c, "path", v, 'e.g. "homelab/prod/proxmox"');
    accepts(["proxmox", "homelab/prod/proxmox", "a.b/c_d/e-f"], check, isSecretPath);
    rejects(
      [
        ["", `x: path is empty, got ""; e.g. "homelab/prod/proxmox"`],
        ["/abs", `x: path must be relative, without a leading or trailing '/', got "/abs"; e.g. "homelab/prod/proxmox"`],
        ["homelab/prod/", `x: path must be relative, without a leading or trailing '/', got "homelab/prod/"; e.g. "homelab/prod/proxmox"`],
        ["a//b", `x: path has an empty segment ('//'), got "a//b"; e.g. "homelab/prod/proxmox"`],
        ["a b", `x: path may hold only letters, digits, '_', '.', '-' and '/', got "a b"; e.g. "homelab/prod/proxmox"`],
        ["a/*", `x: path may hold only letters, digits, '_', '.', '-' and '/', got "a/*"; e.g. "homelab/prod/proxmox"`],
        [
          "homelab/../prod",
          `x: path has a '.' or '..' segment, which Vault would resolve to another path, got "homelab/../prod"; e.g. "homelab/prod/proxmox"`,
        ],
        ["./prod", `x: path has a '.' or '..' segment, which Vault would resolve to another path, got "./prod"; e.g. "homelab/prod/proxmox"`],
      ],
      check,
      isSecretPath,
    );
  });

  test("key: letters, digits, '_' and '-'", () => {
    const check = (c: Problems, v: string) => checkSecretKey(c, "field", v, 'e.g. "api_token"');
    accepts(["api_token", "token", "A-1"], check, isSecretKey);
    rejects(
      [
        ["", 'x: field must be a key name, got ""; e.g. "api_token"'],
        ["bad field", 'x: field must be a key name, got "bad field"; e.g. "api_token"'],
        ["a.b", 'x: field must be a key name, got "a.b"; e.g. "api_token"'],
      ],
      check,
      isSecretKey,
    );
  });

  test("secret location: a mount and a relative path; the problem quotes both", () => {
    const check = (c: Problems, v: { mount: string; path: string }) => checkSecretLocation(c, "secret", v, 'e.g. { mount: "secret", path: "t" }');
    accepts([{ mount: "secret", path: "homelab/prod/cloudflared" }], check, isSecretLocation);
    rejects(
      [
        [
          { mount: "secret", path: "/abs/" },
          `x: secret.path must be relative, without a leading or trailing '/', got "/abs/"; e.g. { mount: "secret", path: "t" }`,
        ],
        [
          { mount: "", path: "x" },
          `x: secret.mount must be a KV v2 mount name (letters, digits, '_' and '-'), got ""; e.g. { mount: "secret", path: "t" }`,
        ],
      ],
      check,
      isSecretLocation,
    );
  });

  test("secret reference: a mount, a relative path and a field; the problem names the part at fault", () => {
    const check = (c: Problems, v: { mount: string; path: string; field: string }) => checkSecretRef(c, "token", v);
    const fix = 'e.g. { mount: "secret", path: "homelab/prod/k3s", field: "token" }';
    accepts([{ mount: "secret", path: "homelab/prod/k3s", field: "token" }], check, isSecretRef);
    rejects(
      [
        [{ mount: "secret", path: "/abs", field: "token" }, `x: token.path must be relative, without a leading or trailing '/', got "/abs"; ${fix}`],
        [
          { mount: "secret", path: "x", field: "bad field" },
          `x: token.field must be a key name (letters, digits, '_' and '-'), got "bad field"; ${fix}`,
        ],
        [{ mount: "", path: "x", field: "y" }, `x: token.mount must be a KV v2 mount name (letters, digits, '_' and '-'), got ""; ${fix}`],
      ],
      check,
      isSecretRef,
    );
  });
});

describe("addresses and numbers", () => {
  test("IPv4 address: a dotted quad without leading zeros", () => {
    const check = (c: Problems, v: string) => checkIpv4(c, "ipv4", v, 'write it like "192.168.1.50"');
    accepts(["192.168.1.50", "0.0.0.0", "255.255.255.255"], check, isIpv4);
    rejects(
      [
        ["10.9.0.300", 'x: ipv4 is not an IPv4 address, got "10.9.0.300"; write it like "192.168.1.50"'],
        ["01.2.3.4", 'x: ipv4 is not an IPv4 address, got "01.2.3.4"; write it like "192.168.1.50"'],
        ["nas.lan", 'x: ipv4 is not an IPv4 address, got "nas.lan"; write it like "192.168.1.50"'],
        ["10.0.0.0/8", 'x: ipv4 is not an IPv4 address, got "10.0.0.0/8"; write it like "192.168.1.50"'],
      ],
      check,
      isIpv4,
    );
  });

  test("IPv4 CIDR: an address and a prefix of 0-32", () => {
    const check = (c: Problems, v: string) => checkCidr(c, "cidr", v, 'write it like "192.168.1.0/24"');
    accepts(["192.168.1.0/24", "10.0.250.0/20", "0.0.0.0/0"], check);
    rejects(
      [
        ["10.9.0.0/40", 'x: cidr is not an IPv4 CIDR, got "10.9.0.0/40"; write it like "192.168.1.0/24"'],
        ["10.42.0.0", 'x: cidr is not an IPv4 CIDR, got "10.42.0.0"; write it like "192.168.1.0/24"'],
        ["lan/24", 'x: cidr is not an IPv4 CIDR, got "lan/24"; write it like "192.168.1.0/24"'],
      ],
      check,
    );
  });

  test("integer range: an integer from min to max, both included", () => {
    const check = (c: Problems, v: number) => checkIntegerRange(c, "vlan", v, 1, 4094, "use the switch's VLAN id");
    accepts([1, 9, 4094], check);
    rejects(
      [
        [0, "x: vlan must be an integer from 1 to 4094, got 0; use the switch's VLAN id"],
        [4095, "x: vlan must be an integer from 1 to 4094, got 4095; use the switch's VLAN id"],
        [1.5, "x: vlan must be an integer from 1 to 4094, got 1.5; use the switch's VLAN id"],
      ],
      check,
    );
  });

  test("port: an integer from 1 to 65535", () => {
    const check = (c: Problems, v: number) => checkPort(c, "port", v);
    accepts([1, 8080, 65535], check, isPort);
    rejects(
      [
        [0, "x: port must be a port from 1 to 65535, got 0; use a port from 1 to 65535"],
        [70000, "x: port must be a port from 1 to 65535, got 70000; use a port from 1 to 65535"],
        [80.5, "x: port must be a port from 1 to 65535, got 80.5; use a port from 1 to 65535"],
      ],
      check,
      isPort,
    );
  });

  test("whole number: an integer of at least min, with its unit when given", () => {
    const plain = (c: Problems, v: number) => checkWholeNumber(c, "cores", v, 1, "use 1 or more");
    accepts([1, 64], plain);
    rejects(
      [
        [0, "x: cores must be a whole number of at least 1, got 0; use 1 or more"],
        [1.5, "x: cores must be a whole number of at least 1, got 1.5; use 1 or more"],
      ],
      plain,
    );
    const inGiB = (c: Problems, v: number) => checkWholeNumber(c, "diskGiB", v, 2, "use e.g. 8", "GiB");
    accepts([2], inGiB);
    rejects([[1, "x: diskGiB must be a whole number of GiB, at least 2, got 1; use e.g. 8"]], inGiB);
  });

  test("hex: exactly the given number of lower-case hex digits", () => {
    const check = (c: Problems, v: string) => checkHex(c, "accountId", v, 32, "copy it from the dashboard URL");
    accepts(["0123456789abcdef0123456789abcdef"], check, (v) => isHex(v, 32));
    rejects(
      [
        ["ACME", 'x: accountId must be 32 lower-case hex digits, got "ACME"; copy it from the dashboard URL'],
        [
          "0123456789ABCDEF0123456789ABCDEF",
          'x: accountId must be 32 lower-case hex digits, got "0123456789ABCDEF0123456789ABCDEF"; copy it from the dashboard URL',
        ],
        [
          "0123456789abcdef0123456789abcdef0",
          'x: accountId must be 32 lower-case hex digits, got "0123456789abcdef0123456789abcdef0"; copy it from the dashboard URL',
        ],
      ],
      check,
      (v) => isHex(v, 32),
    );
  });

  test("MAC address: six upper-case hex pairs, unicast", () => {
    const check = (c: Problems, v: string) => checkMacAddress(c, "macAddress", v);
    accepts(["BC:24:11:00:01:43", "02:00:00:00:00:00"], check);
    rejects(
      [
        [
          "bc:24:11:00:01:20",
          `x: macAddress must be six upper-case hex pairs separated by ':', got "bc:24:11:00:01:20"; write it like "BC:24:11:00:01:43"`,
        ],
        [
          "BC-24-11-00-01-20",
          `x: macAddress must be six upper-case hex pairs separated by ':', got "BC-24-11-00-01-20"; write it like "BC:24:11:00:01:43"`,
        ],
        [
          "01:00:5E:00:00:01",
          'x: macAddress is a multicast address, got "01:00:5E:00:00:01"; use a unicast MAC (first byte even), e.g. "BC:24:11:..."',
        ],
      ],
      check,
    );
  });
});

describe("URLs", () => {
  test("URL: http or https, a host, any path", () => {
    const check = (c: Problems, v: string) => checkUrl(c, "endpoint", v, 'write it like "https://minio.example.net:9000"');
    accepts(["https://minio.example.net:9000", "http://10.0.0.1/", "https://vault.example.net:8200/v1/sys"], check, (v) => isUrl(v));
    rejects(
      [
        ["minio:9000", 'x: endpoint must be an http(s) URL, got "minio:9000"; write it like "https://minio.example.net:9000"'],
        ["https://", 'x: endpoint must be an http(s) URL, got "https://"; write it like "https://minio.example.net:9000"'],
        [
          "ftp://files.example.net",
          'x: endpoint must be an http(s) URL, got "ftp://files.example.net"; write it like "https://minio.example.net:9000"',
        ],
        ["https://a b", 'x: endpoint must be an http(s) URL, got "https://a b"; write it like "https://minio.example.net:9000"'],
      ],
      check,
      (v) => isUrl(v),
    );
  });

  test("URL with other schemes", () => {
    const https = { schemes: ["https"] };
    const check = (c: Problems, v: string) => checkUrl(c, "url", v, "download images over https", "must be an https URL", https);
    accepts(["https://cloud.debian.org/images/x.qcow2"], check, (v) => isUrl(v, https));
    rejects(
      [["http://images.example/x.qcow2", 'x: url must be an https URL, got "http://images.example/x.qcow2"; download images over https']],
      check,
      (v) => isUrl(v, https),
    );
    expect(isUrl("tcp://10.0.0.1:22", { schemes: ["http", "https", "tcp", "ssh", "rdp"] })).toBe(true);
  });

  test("origin URL: scheme, host, a port of 1-5 digits, at most a trailing '/'", () => {
    const origin = { originOnly: true };
    const check = (c: Problems, v: string) =>
      checkUrl(c, "vault.address", v, 'e.g. "https://vault:8200"', "is not an http(s) URL of a Vault server", origin);
    accepts(["https://vault.home.arpa:8200", "http://10.0.0.5", "https://192.168.1.5:8006/"], check, (v) => isUrl(v, origin));
    rejects(
      [
        ["vault.example:8200", 'x: vault.address is not an http(s) URL of a Vault server, got "vault.example:8200"; e.g. "https://vault:8200"'],
        [
          "https://vault.home.arpa:8200/v1",
          'x: vault.address is not an http(s) URL of a Vault server, got "https://vault.home.arpa:8200/v1"; e.g. "https://vault:8200"',
        ],
        ["https://vault:123456", 'x: vault.address is not an http(s) URL of a Vault server, got "https://vault:123456"; e.g. "https://vault:8200"'],
      ],
      check,
      (v) => isUrl(v, origin),
    );
  });
});

describe("versions", () => {
  test("pinned version: exactly MAJOR.MINOR.PATCH, optionally with a leading 'v'", () => {
    const check = (c: Problems, v: string) => checkPinnedVersion(c, "chart.version", v, 'pin it, e.g. "0.16.1"');
    accepts(["0.16.1", "v1.33.5", "10.1.1"], check, isPinnedVersion);
    rejects(
      [
        ["latest", 'x: chart.version is not a pinned version, got "latest"; pin it, e.g. "0.16.1"'],
        ["^1.2.0", 'x: chart.version is not a pinned version, got "^1.2.0"; pin it, e.g. "0.16.1"'],
        ["1.2", 'x: chart.version is not a pinned version, got "1.2"; pin it, e.g. "0.16.1"'],
        ["1.2.x", 'x: chart.version is not a pinned version, got "1.2.x"; pin it, e.g. "0.16.1"'],
        ["", 'x: chart.version is not a pinned version, got ""; pin it, e.g. "0.16.1"'],
      ],
      check,
      isPinnedVersion,
    );
  });

  test("image tag: a release tag with a digit that is not a moving name, or a sha256 digest", () => {
    const check = (c: Problems, v: string | undefined) => checkImageTag(c, "tag", v);
    const digest = `sha256:${"a".repeat(64)}`;
    accepts(["4.0.11", "1.41.3.9314-a0bfb8370", "v2", digest], check);
    const fix = 'pin a release tag such as "4.0.11" (or a sha256 digest); never latest or another moving tag';
    rejects<string | undefined>(
      [
        ["latest", `x: tag is not a pinned version, got "latest"; ${fix}`],
        ["Stable", `x: tag is not a pinned version, got "Stable"; ${fix}`],
        ["develop", `x: tag is not a pinned version, got "develop"; ${fix}`],
        ["alpine", `x: tag is not a pinned version, got "alpine"; ${fix}`],
        ["sha256:abc", `x: tag is not a pinned version, got "sha256:abc"; ${fix}`],
        ["", `x: tag is not a pinned version, got ""; ${fix}`],
        [undefined, `x: tag is not a pinned version, got undefined; ${fix}`],
      ],
      check,
    );
    expect(["4.0.11", digest].every(isPinnedImageTag)).toBe(true);
    expect(["latest", "alpine", ""].some(isPinnedImageTag)).toBe(false);
  });
});

describe("checkLowerName", () => {
  test("accepts a name that starts with a letter; refuses others with the exact message", () => {
    const check = new Problems("x");
    expect(checkLowerName(check, "name", "kube-2", 'use e.g. "kube"')).toBe(true);
    expect(checkLowerName(check, "name", "2kube", 'use e.g. "kube"')).toBe(false);
    expect(checkLowerName(check, "name", "Kube", 'use e.g. "kube"')).toBe(false);
    expect(configProblems(() => check.throwIfAny())).toEqual([
      'x: name must be lower-case letters, digits and \'-\', got "2kube"; use e.g. "kube"',
      'x: name must be lower-case letters, digits and \'-\', got "Kube"; use e.g. "kube"',
    ]);
  });
});

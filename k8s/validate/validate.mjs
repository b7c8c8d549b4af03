// Reads rendered manifests (kubectl kustomize output) on stdin and validates every object against the
// Kubernetes JSON schemas of kubernetes-models (and the Prometheus Operator's CRDs, which the monitoring
// component uses, from @kubernetes-models/prometheus-operator); prints one line per object, exits 1 when any is
// invalid.
import { parseAllDocuments } from "yaml";

// API groups that are custom resources, and the package with their schemas
const CRDS = { "monitoring.coreos.com": "@kubernetes-models/prometheus-operator" };

const input = await new Promise((resolve) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
});

let invalid = 0;
for (const doc of parseAllDocuments(input)) {
  const object = doc.toJS();
  if (!object) continue;
  const { apiVersion, kind } = object;
  const name = `${kind}/${object.metadata?.name}`;
  let Model;
  try {
    const models = CRDS[apiVersion.split("/")[0]] ?? "kubernetes-models";
    Model = (await import(`${models}/${apiVersion}`))[kind];
  } catch {
    Model = undefined;
  }
  if (!Model) {
    console.log(`INVALID ${name}: no schema for ${apiVersion} ${kind}`);
    invalid++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`valid ${name}`);
  } catch (e) {
    console.log(`INVALID ${name}: ${e.message}`);
    invalid++;
  }
}
process.exit(invalid === 0 ? 0 : 1);

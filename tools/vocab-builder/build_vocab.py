#!/usr/bin/env python3
"""One-off builder for schema/vocabulary/*.tsv (not part of the product path).

Reads the public vocabulary sources under /work/shared/data (Papers with Code methods / tasks / datasets /
metrics, Hugging Face dataset cards, OGB, NLP-TDMS, SciERC train annotations), filters the noisy names that
would destroy precision, and writes one TSV per kind:

    canonical <TAB> kind <TAB> parent <TAB> aliases ('|'-separated) <TAB> source

Entries whose names or aliases collide with schema/vocabulary/curated.tsv are dropped (the curated file wins).

Usage: python3 tools/vocab-builder/build_vocab.py [SOURCES_DIR] [SCIERC_DIR] [OUT_DIR]
"""
import collections
import csv
import glob
import gzip
import json
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vocab-sources"
SCIERC = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/data/scierc/dygie_json"
OUT = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "schema", "vocabulary")

# Common English / scientific words that are also PwC method, task or dataset names ("Attention", "Retrace",
# "Parallax", "BASE", ...). A single-word name on this list never becomes an alias.
STOP = set("""
sota baseline baselines
a an the and or of for to in on at by with from as is are be it its this that these those we our us
model models method methods network networks approach approaches system systems framework data dataset datasets
attention dropout softmax relu linear layer layers convolution convolutions pooling normalization regularization
base basic simple general standard default test train training learning inference search retrace parallax
mixer block blocks module modules unit units cell cells gate gating gated memory stream streams map maps
transformer transformers encoder decoder embedding embeddings feature features vector vectors graph graphs
node nodes edge edges tree trees path paths image images video videos text texts word words sentence token
tokens language speech audio sound music point points cloud clouds object objects scene scenes face faces
classification regression detection segmentation clustering retrieval translation generation prediction
recognition tracking matching ranking parsing tagging denoising compression estimation reconstruction
alignment synthesis captioning summarization reasoning planning control navigation forecasting
optimization pruning quantization distillation augmentation sampling mixup cutout cutmix noise
accuracy precision recall error loss score rate time speed size cost energy power
adam sgd momentum lamb lars adagrad rmsprop swish gelu mish elu selu tanh sigmoid maxout
dense sparse deep shallow wide large small tiny big fast slow long short local global
natural style styles shape shapes light color colour depth motion action actions activity
other others several various many multiple single one two three first second new novel
ensemble ensembling bagging boosting stacking teacher student expert experts agent agents
english german french arabic chinese spanish dutch italian portuguese japanese korean russian hindi turkish
reddit twitter facebook wikipedia youtube instagram google amazon github news
question answering questions answers answer dialogue dialog chat
""".split())

# PwC method collections that are components (activation functions, optimizers, regularizers ...): their
# members are not "methods a paper uses" in the sense of this project.
COMPONENT_COLLECTIONS = {
    "Activation Functions", "Regularization", "Normalization", "Stochastic Optimization", "Skip Connections",
    "Skip Connection Blocks", "Pooling Operations", "Output Functions", "Loss Functions", "Initialization",
    "Learning Rate Schedules", "Image Model Blocks", "Convolutions", "Image Data Augmentation",
    "Feedforward Networks", "Attention Mechanisms", "Attention Modules", "Attention Patterns",
    "Miscellaneous Components", "Position Embeddings", "Large Batch Optimization", "Optimization",
    "Audio Model Blocks", "Video Model Blocks", "Feature Pyramid Blocks", "RoI Feature Extractors",
    "Proposal Filtering", "Region Proposal", "Affinity Functions", "Prioritized Sampling", "Synthesized Attention Mechanisms",
    "Semantic Segmentation Modules", "Instance Segmentation Modules", "Discriminators", "Subword Segmentation",
    "Text Augmentation", "Latent Variable Sampling", "Sample Re-Weighting", "Exploration Strategies",
    "Fine-Tuning", "Hyperparameter Search", "Working Memory Models", "Eligibility Traces", "Value Function Estimation",
}

# PwC collection -> our canonical family (is-a parent). Other collections are kept verbatim as the parent name.
FAMILY = {
    "Convolutional Neural Networks": "Convolutional Neural Network",
    "Transformers": "Transformer",
    "Vision Transformers": "Vision Transformer",
    "Autoencoding Transformers": "Transformer",
    "Autoregressive Transformers": "Transformer",
    "Graph Models": "Graph Neural Network",
    "Recurrent Neural Networks": "Recurrent Neural Network",
    "Bidirectional Recurrent Neural Networks": "Recurrent Neural Network",
    "Generative Adversarial Networks": "Generative Adversarial Network",
    "Generative Models": "Generative Model",
    "Likelihood-Based Generative Models": "Generative Model",
    "Language Models": "Language Model",
    "Vision and Language Pre-Trained Models": "Vision-Language Model",
    "Object Detection Models": "Object Detection Model",
    "One-Stage Object Detection Models": "Object Detection Model",
    "Neural Architecture Search": "Neural Architecture Search",
    "Policy Gradient Methods": "Reinforcement Learning",
    "Q-Learning Networks": "Reinforcement Learning",
    "Off-Policy TD Control": "Reinforcement Learning",
    "On-Policy TD Control": "Reinforcement Learning",
}

METRIC_HEADS = re.compile(
    r"(?i)\b(acc|accuracy|f1|f-?score|f-measure|bleu|rouge|meteor|cider|spice|map|ap|ap50|ap75|iou|miou|error|"
    r"precision|recall|auc|auroc|roc|perplexity|ppl|fid|psnr|ssim|lpips|mae|mse|rmse|mape|smape|em|exact match|"
    r"hits@\d+|mrr|ndcg|wer|cer|eer|pesq|stoi|sdr|si-snr|mota|motp|idf1|hota|dice|pck|mpjpe|chrf|ter|"
    r"rank-1|r@1|r@5|recall@\d+|top-1|top-5|correlation|pearson|spearman|kappa|bpc|bits per|nll|logloss|"
    r"success rate|return|reward|speedup|throughput|latency|flops|pq|kid|fvd|mos|mcc|nmi|ari|fps|bertscore|clipscore|"
    r"pass@\d+|smatch|gleu|spl|nds)\b")

# Field names and generic phrases that PwC / SciERC list as tasks but no paper "addresses" in our sense.
TASK_STOP = {
    "deep learning", "machine learning", "computer vision", "natural language processing", "artificial intelligence",
    "optimization problem", "classification task", "learning task", "learning problem", "data mining", "representation learning",
    "feature extraction", "feature selection", "model selection", "pattern recognition", "signal processing", "information retrieval",
    # techniques, not tasks: the labeling convention makes them concepts or methods
    "ensemble learning", "feature engineering", "word embeddings", "region proposal",
    # things and areas, not tasks: no dev label makes them a task, several make them concepts
    "knowledge graphs", "autonomous vehicles", "self-driving cars", "ai agent", "decision making", "privacy preserving",
    # data modalities, not tasks ("3D object detection from LiDAR point clouds", "representations of time series")
    "point clouds", "time series",
    # a leaderboard's filler, a concept and a technique: no dev label makes them a task (session 14)
    "current sota", "general knowledge", "prompt engineering",
}

# imaging modalities; a phone and a task that leaderboards list as benchmarks ("on an iPhone12", "VSR")
DATASET_STOP = {"MR", "MRI", "CT", "PET", "EEG", "ECG", "iPhone", "VSR"}

TASK_SINGLE_OK = {
    "summarization", "deblurring", "inpainting", "super-resolution", "retrosynthesis", "denoising", "dehazing",
    "deraining", "colorization", "lemmatization", "paraphrasing", "quantization", "pruning",
}


LANGUAGE_PAIRS = re.compile(r"[a-z]{2,3}-[a-z]{2,3}(?:[ ,]+[a-z]{2,3}-[a-z]{2,3})*")


def clean(s):
    s = re.sub(r"\s+", " ", (s or "").strip())
    return s.strip(" ,;:")


def key(s):
    s = s.lower()
    s = re.sub(r"[^0-9a-z]+", "", s)
    return s


def ok_alias(a, kind):
    if not a or len(a) < 2 or len(a) > 80:
        return False
    if "\t" in a or "|" in a:
        return False
    if not re.search(r"[A-Za-z]", a):
        return False
    words = a.split()
    if len(words) == 1 and a.lower() in STOP:
        return False
    if len(words) > 8:
        return False
    if len(a) < 3 and not a.isupper():
        return False
    if kind in ("method", "dataset") and len(words) == 1 and re.fullmatch(r"[a-z]+", a):
        # a lower-case single word ("retrace", "parallax") is an English word far more often than a name
        return False
    return True


class Vocab:
    def __init__(self, curated_keys):
        self.entries = collections.OrderedDict()  # (kind, key(canonical)) -> dict
        self.curated = curated_keys
        self.alias_owner = {}

    def add(self, kind, canonical, parent="", aliases=(), source=""):
        canonical = clean(canonical)
        # "Automatic speech recognition (ASR)" / "UDC (Ubuntu Dialogue Corpus)": name and alias
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", canonical)
        if m and kind != "metric" and LANGUAGE_PAIRS.fullmatch(m.group(2).strip()):
            # "WMT16 (de-en en-de)": language pairs qualify the name, they are not a name
            canonical, m = m.group(1).strip(), None
        if m and kind != "metric":
            inner, outer = m.group(2).strip(), m.group(1).strip()
            if len(inner.split()) > len(outer.split()):
                inner, outer = outer, inner
            alias = inner if len(outer.split()) > 1 else outer
            canonical = outer if len(outer.split()) > 1 else inner
            # "CoNLL 2003 (English)": a qualifier, not a name for the whole thing
            if re.search(r"[A-Z].*[A-Z]|\d", alias) and alias.lower() not in STOP:
                aliases = list(aliases) + [alias]
        if not ok_alias(canonical, kind):
            return
        # imaging modalities are how data was taken, not a dataset's name ("T1 contrast-enhanced MR")
        if kind == "dataset" and canonical in DATASET_STOP:
            return
        if kind == "task" and (canonical.lower() in TASK_STOP or re.search(r"\b(task|tasks|problem|problems)$", canonical.lower())):
            return
        # "Competition Pass@5", "Test Set pass@5": a leaderboard column, not a metric name
        if kind == "metric" and (re.search(r"[():]|^\d|\s\S+@", canonical) or len(canonical.split()) > 3):
            return
        k = key(canonical)
        if not k or k in self.curated:
            return
        owner = self.alias_owner.get(k)
        if owner is not None and owner != (kind, k):
            return
        entry = self.entries.get((kind, k))
        if entry is None:
            entry = {"canonical": canonical, "kind": kind, "parent": clean(parent), "aliases": [], "source": source}
            self.entries[(kind, k)] = entry
            self.alias_owner[k] = (kind, k)
        for a in aliases:
            a = clean(a)
            ak = key(a)
            if not ok_alias(a, kind) or not ak or ak in self.curated or ak == k:
                continue
            if ak in self.alias_owner and self.alias_owner[ak] != (kind, k):
                continue
            if a not in entry["aliases"]:
                entry["aliases"].append(a)
                self.alias_owner[ak] = (kind, k)

    def write(self, kind, path, header):
        rows = [e for e in self.entries.values() if e["kind"] == kind]
        rows.sort(key=lambda e: e["canonical"].lower())
        with open(path, "w", encoding="utf-8") as f:
            f.write(header)
            f.write("# canonical\tkind\tparent\taliases\tsource\n")
            for e in rows:
                f.write("\t".join([e["canonical"], kind, e["parent"], "|".join(e["aliases"]), e["source"]]) + "\n")
        return len(rows)


def curated_keys(path):
    keys = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        keys.add(key(cols[0]))
        if len(cols) > 3:
            keys.update(key(a) for a in cols[3].split("|") if a)
    return keys


def methods(v):
    data = json.load(gzip.open(os.path.join(SRC, "pwc-methods-2022", "methods.json.gz")))
    for m in data:
        cols = [c["collection"] for c in m.get("collections") or []]
        if cols and all(c in COMPONENT_COLLECTIONS for c in cols):
            # building blocks ("Batch Normalization", "Label Smoothing") are concepts a paper mentions
            name = m["name"]
            if len(name.split()) >= 2 and (m.get("num_papers") or 0) >= 20 and not re.search(r"\d", name):
                v.add("concept", name, cols[0], [m["full_name"]] if m.get("full_name") and m["full_name"] != name else [], "pwc-methods-2022")
            continue
        if (m.get("num_papers") or 0) < 2:
            continue
        parent = ""
        for c in cols:
            if c not in COMPONENT_COLLECTIONS:
                parent = FAMILY.get(c, c)
                break
        name, full = m["name"], m.get("full_name") or ""
        aliases = [full] if full and full != name else []
        # PwC names such as "ResNeXt-50 32x4d" keep their architecture head as an alias-free entry.
        if name.lower() == parent.lower():
            parent = ""
        v.add("method", name, parent, aliases, "pwc-methods-2022")


def sota_extractor(v):
    for path in glob.glob(os.path.join(SRC, "pwc-sota-extractor", "tasks", "*.json")):
        try:
            data = json.load(open(path, encoding="utf-8"))
        except Exception:
            continue
        if isinstance(data, dict):
            data = [data]

        def walk_task(t, parent=""):
            name = t.get("task", "")
            if name and len(name.split()) >= 2:
                v.add("task", name, parent, [], "pwc-sota-extractor")
            for d in t.get("datasets", []) or []:
                walk_dataset(d)
            for s in t.get("subtasks", []) or []:
                walk_task(s, name)

        def walk_dataset(d):
            name = d.get("dataset", "")
            if name and len(name) <= 40 and len(name.split()) <= 5:
                v.add("dataset", name, "", [], "pwc-sota-extractor")
            for mname in (d.get("sota") or {}).get("metrics", []) or []:
                if METRIC_HEADS.search(mname) and len(mname) <= 30:
                    v.add("metric", mname, "", [], "pwc-sota-extractor")
            for s in d.get("subdatasets", []) or []:
                walk_dataset(s)

        for t in data:
            walk_task(t)


def pwc_tasks(v):
    base = os.path.join(SRC, "pwc-tasks-2025-worldsnapshot", "results")
    parents = {}
    for path in glob.glob(os.path.join(base, "hierarchical", "*_hierarchy.csv")):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            if row.get("Parent Task"):
                parents[row["Task Name"]] = row["Parent Task"]
    names = [r[0] for r in csv.reader(open(os.path.join(SRC, "pwc-tasks-2025-worldsnapshot", "data", "all_tasks.txt"), encoding="utf-8")) if r]
    for name in names:
        n = clean(name)
        # digits mostly mark language pairs and leaderboard slices; a dimension prefix ("3D Object Detection") is a task's own
        if not n or (re.search(r"\d|[(),/@&]|^Translation [a-z]{3}-[a-z]{3}$", n) and not re.fullmatch(r"[2-6]D [A-Za-z][A-Za-z \-]+", n)):
            continue
        words = n.split()
        if len(words) == 1 and n.lower() not in TASK_SINGLE_OK:
            continue
        if len(words) > 5:
            continue
        v.add("task", n, parents.get(name, ""), [], "pwc-tasks-2025")
    for row in csv.DictReader(open(os.path.join(base, "all_tasks_detailed.csv"), encoding="utf-8")):
        for ds in (row.get("Common Datasets (Top 10)") or "").split(";"):
            ds = clean(ds)
            if ds and len(ds) <= 30 and len(ds.split()) <= 4 and re.search(r"[A-Z0-9]", ds):
                v.add("dataset", ds, "", [], "pwc-tasks-2025")
        for mname in (row.get("SOTA Metrics") or "").split(";"):
            mname = clean(mname)
            if mname and METRIC_HEADS.search(mname) and len(mname) <= 25:
                v.add("metric", mname, "", [], "pwc-tasks-2025")


def hf_cards(v):
    for readme in glob.glob(os.path.join(SRC, "hf-datasets-cards-2.5.2", "datasets", "*", "README.md")):
        text = open(readme, encoding="utf-8", errors="replace").read(4000)
        m = re.search(r"^pretty_name:\s*(.+)$", text, re.M)
        if not m:
            continue
        pretty = m.group(1).strip().strip("'\"")
        if len(pretty) > 40 or len(pretty.split()) > 5:
            continue
        aliases = []
        folder = os.path.basename(os.path.dirname(readme))
        if re.search(r"[A-Z]", pretty) is None:
            continue
        if re.fullmatch(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*", folder) and folder.lower() != pretty.lower() and len(folder) >= 4:
            if re.search(r"\d", folder) and "_" not in folder:
                aliases.append(folder)
        v.add("dataset", pretty, "", aliases, "hf-datasets-2.5.2")


def ogb(v):
    for path in glob.glob(os.path.join(SRC, "ogb-master", "ogb", "*", "master.csv")):
        rows = list(csv.reader(open(path, encoding="utf-8")))
        names = rows[0][1:]
        metric_row = next((r for r in rows if r and r[0] == "eval metric"), None)
        for i, n in enumerate(names):
            v.add("dataset", n, "Open Graph Benchmark", [], "ogb")
            if metric_row is not None:
                mname = metric_row[i + 1]
                if mname and METRIC_HEADS.search(mname.replace("-", " ")):
                    v.add("metric", mname, "", [], "ogb")


def nlp_tdms(v):
    kb = os.path.join(SRC, "nlp-tdms-kb", "data", "NLP-TDMS", "kb")
    for line in open(os.path.join(kb, "datasetKB.tsv"), encoding="utf-8"):
        cols = line.split("\t")
        if len(cols) >= 2:
            name = re.sub(r"\s*\(.*\)$", "", cols[1]).strip()
            if len(name.split()) <= 4:
                v.add("dataset", name, "", [], "nlp-tdms")
    for line in open(os.path.join(kb, "taskKB.tsv"), encoding="utf-8"):
        cols = line.split("\t")
        if len(cols) >= 2:
            name = cols[1].replace("_", " ").strip()
            v.add("task", name.title() if name.islower() else name, "", [name], "nlp-tdms")
    for line in open(os.path.join(kb, "evaMatrixKB.tsv"), encoding="utf-8"):
        cols = line.split("\t")
        if len(cols) >= 2 and METRIC_HEADS.search(cols[1]) and len(cols[1]) <= 25 and " on " not in cols[1]:
            v.add("metric", cols[1].strip(), "", [], "nlp-tdms")


def scierc(v):
    counts = {"Task": collections.Counter(), "OtherScientificTerm": collections.Counter(), "Method": collections.Counter()}
    for line in open(os.path.join(SCIERC, "train.json"), encoding="utf-8"):
        doc = json.loads(line)
        toks = [t for s in doc["sentences"] for t in s]
        for sent in doc["ner"]:
            for s, e, label in sent:
                if label in counts:
                    phrase = " ".join(toks[s:e + 1]).replace(" - ", "-")
                    counts[label][phrase.lower()] += 1
    for phrase, n in counts["Task"].items():
        if n >= 2 and 2 <= len(phrase.split()) <= 4 and not re.search(r"\b(this|these|our|their|its|the|a|an)\b", phrase):
            v.add("task", phrase[0].upper() + phrase[1:], "", [], "scierc-train")
    # SciERC "OtherScientificTerm" spans were tried as concepts and are too generic ("hidden layer", "ptz cameras").


BENCHMARK_SPLIT = re.compile(
    r"(?i)\s+(test|val|validation|dev|train|test-std|test-dev|test-standard|test-challenge|test-clean|test-other|testA|testB|"
    r"val2017|test2017|full|public|private|leaderboard)$")


SOFTWARE_NAMES = {"TensorFlow", "PyTorch", "Keras", "JAX", "GitHub", "Python", "Java", "Linux", "Android", "CUDA"}


def benchmark_name_ok(n):
    """A leaderboard benchmark that reads as a name: capitals or digits in every word, not a 2-3 letter acronym
    (HAR, LAM: defined differently by each paper), not one plain capitalized word (Essays), no prose."""
    words = n.split()
    if n in SOFTWARE_NAMES:
        return False
    if not n or len(n) > 30 or len(words) > 4 or re.search(r"[,%!'?]|\b(vs|on|et al|of|and|with)\b", n):
        return False
    if not all(re.match(r"[A-Z0-9]", w) or re.search(r"[A-Z0-9]", w[1:]) for w in words):
        return False
    if re.search(r"(?i)\b(dataset|benchmark|data)$", n) and len(words) <= 2:
        return False
    if len(words) == 1:
        if re.fullmatch(r"[A-Z]{1,3}", n):
            return False
        if re.fullmatch(r"[A-Z][a-z]+", n):
            return False
    return True


def pwc_benchmarks(v):
    """Leaderboard benchmarks of the final PwC dump ("TextVQA test-standard" → TextVQA): the modern datasets."""
    base = os.path.join(SRC, "pwc-tasks-2025-worldsnapshot", "results")
    files = [os.path.join(base, "all_tasks_detailed.csv")] + sorted(glob.glob(os.path.join(base, "hierarchical", "*_hierarchy.csv"))) \
        + sorted(glob.glob(os.path.join(base, "*", "*_tasks_detailed.csv")))
    names = []
    for path in files:
        for row in csv.DictReader(open(path, encoding="utf-8")):
            for b in (row.get("Benchmarks") or "").split(";"):
                n = re.sub(r"\s*\([^()]*\)", "", clean(b)).strip()
                while True:
                    shorter = BENCHMARK_SPLIT.sub("", n)
                    if shorter == n:
                        break
                    n = shorter
                if benchmark_name_ok(n) and n not in names:
                    names.append(n)
    for n in names:
        v.add("dataset", n, "", [], "pwc-benchmarks-2025")


def tdmsci(v):
    """TDMSci train (NLP papers, sentence-level TASK / DATASET / METRIC tags): names tagged at least twice."""
    path = os.path.join(SRC, "tdmsci-train", "train_1500_v2.conll")
    if not os.path.exists(path):
        return
    counts = {"DATASET": collections.Counter(), "METRIC": collections.Counter()}
    label, words = None, []

    def flush():
        if label in counts and words:
            counts[label][re.sub(r" ?([-./]) ?", r"\1", " ".join(words))] += 1

    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        tag = cols[2] if len(cols) >= 3 else "O"
        if tag.startswith("I-") and tag[2:] == label:
            words.append(cols[0])
            continue
        flush()
        label, words = (tag[2:], [cols[0]]) if tag.startswith("B-") else (None, [])
    flush()
    for name, n in counts["DATASET"].items():
        # a name, not a description: capitals, at most four words, no lower-case head such as "annotated datasets"
        lower_words = [w for w in name.split()[1:] if w.islower() and w not in ("corpus", "corpora", "dataset")]
        if (n >= 2 and re.match(r"[A-Z]", name) and len(name.split()) <= 4 and not lower_words
                and not re.search(r"[()]|\b(data|datasets|sets|TEST|DEV|test|dev)$", name)):
            v.add("dataset", name, "", [], "tdmsci-train")
    for name, n in counts["METRIC"].items():
        # plural spellings ("F1 scores") and change phrases ("error reduction") are not metric names of their own
        if (n >= 2 and METRIC_HEADS.search(name) and not re.search(r"[()]|reduction|s$", name)
                and key(name) not in v.curated):
            v.add("metric", name, "", [], "tdmsci-train")


CONCEPT_COLLECTIONS = [
    "Knowledge Distillation", "Self-Supervised Learning", "Domain Adaptation", "Representation Learning", "Adversarial Training",
    "Interpretability", "Dimensionality Reduction", "Model Compression", "Continual Learning", "Active Learning",
    "Data Augmentation", "Robust Training", "Meta-Learning", "Federated Learning", "Graph Representation Learning",
]


def concepts(v):
    for name in CONCEPT_COLLECTIONS:
        v.add("concept", name, "", [], "pwc-methods-2022 collections")


def drop_dataset_columns(v):
    """"ImageNet Top-1 Accuracy" is a leaderboard column: a dataset's name and a metric. Matched as one metric it would
    hide both ("85.1% ImageNet top-1 accuracy"), so a metric whose first word names a dataset is left out."""
    dataset_names = set()
    for e in v.entries.values():
        if e["kind"] == "dataset":
            dataset_names.add(e["canonical"].lower())
            dataset_names.update(a.lower() for a in e["aliases"])
    for line in open(os.path.join(OUT, "curated.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) >= 2 and cols[1] == "dataset":
            dataset_names.add(cols[0].lower())
            if len(cols) > 3:
                dataset_names.update(a.lower() for a in cols[3].split("|") if a)
    for k, e in list(v.entries.items()):
        words = e["canonical"].split()
        if e["kind"] == "metric" and len(words) > 1 and words[0].lower() in dataset_names:
            del v.entries[k]


def main():
    curated = curated_keys(os.path.join(OUT, "curated.tsv"))
    v = Vocab(curated)
    methods(v)
    concepts(v)
    ogb(v)
    sota_extractor(v)
    pwc_tasks(v)
    nlp_tdms(v)
    hf_cards(v)
    scierc(v)
    tdmsci(v)
    pwc_benchmarks(v)
    drop_dataset_columns(v)
    header = "# Generated by tools/vocab-builder/build_vocab.py from public sources (see README.md). Do not edit by hand;\n# add or override entries in curated.tsv or a user vocabulary file instead.\n"
    for kind, file in [("method", "methods.tsv"), ("dataset", "datasets.tsv"), ("task", "tasks.tsv"), ("metric", "metrics.tsv"), ("concept", "concepts.tsv")]:
        n = v.write(kind, os.path.join(OUT, file), header)
        print(f"{file}: {n}")


if __name__ == "__main__":
    main()

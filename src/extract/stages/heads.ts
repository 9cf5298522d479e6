// Head nouns that type a noun phrase: what a task, a technique, a dataset is called in ML writing.

/** "3D object detection", "machine translation": phrases ending in these name tasks. */
export const TASK_HEADS = new Set(
  ("detection segmentation classification recognition estimation generation translation answering retrieval " +
    "summarization summarisation reconstruction synthesis captioning tracking forecasting parsing localization localisation " +
    "completion editing inpainting denoising super-resolution grounding tagging extraction labeling labelling " +
    "verification identification re-identification diarization enhancement restoration deblurring dehazing colorization " +
    "navigation manipulation prediction understanding reasoning modeling modelling planning recommendation " +
    "transcription spotting matching registration odometry mapping anticipation").split(" "),
);

/** Tasks need a modifier; "prediction" or "control" alone is too vague to be a task node. */
export const TASK_HEADS_NEEDING_MODIFIER = new Set(["prediction", "understanding", "reasoning", "modeling", "modelling", "planning", "control", "matching", "mapping", "completion", "enhancement"]);

/** "iterative magnitude pruning", "graph convolutional networks": phrases ending in these name techniques/models. */
export const METHOD_HEADS = new Set(
  ("pruning distillation quantization quantisation regularization regularisation normalization normalisation dropout " +
    "attention transformer autoencoder encoder decoder optimizer optimiser descent sampling sampler " +
    "fine-tuning finetuning tuning hypothesis splatting embedding augmentation initialization initialisation " +
    "boosting bagging regression clustering factorization factorisation decomposition propagation " +
    "perceptron classifier convolution pooling gating routing policy estimator solver search " +
    "mining hashing smoothing annealing ensembling prompting masking").split(" "),
);

/** "the QuuxQA benchmark", "three datasets": what names a dataset or benchmark. */
export const DATASET_HEADS = /^(?:datasets?|benchmarks?|corpus|corpora|suites?|testbeds?|test-?beds?|collections?|databases?|treebanks?|leaderboards?)$/i;

/** Leading words that evaluate or quantify rather than name: dropped from the front of a phrase. */
export const LEADING_STOPWORDS = new Set(
  ("a an the our their its this these those his her novel new existing previous prior proposed recent current various " +
    "different several many most more other such standard traditional conventional efficient effective simple popular " +
    "powerful robust strong state-of-the-art sota first key main important significant general specific common typical " +
    "promising challenging comprehensive extensive unified scalable accurate fast faster superior better high low good great " +
    "additional multiple diverse same whole original underlying remarkable impressive critical fundamental practical " +
    "improved advanced large small simple lightweight light-weight generic well-known widely-used widely used modern " +
    "competitive complex difficult typical overall final further some any all each every both").split(" "),
);

/** "network" names a model only after an architectural modifier; "real-world networks" are data. */
export const NETWORK_MODIFIERS = new Set(
  "neural convolutional recurrent adversarial residual generative siamese capsule attention graph feed-forward feedforward spiking bayesian deep policy value q-network transformer".split(" "),
);

/** Words that say how well, not what: dropped before a title's task phrase ("for better Learned Sparse Retrieval"). */
export const EVALUATIVE_LEAD = /^(?:better|improved|enhanced|stable|real-time|realtime|high-efficient|highly-efficient|high-quality|reliable|generalizable|controllable|flexible|precise|holistic|efficient|effective|robust|fast|faster|accurate|scalable|practical|lightweight)$/i;

var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/graph/names.ts
function foldText(text) {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}
function aliasKey(name) {
  const words = foldText(name).toLowerCase().replace(/['’]s\b/g, "").replace(/[^a-z0-9+#]+/g, " ").trim().split(" ").filter((word) => word.length > 0);
  const last = words.length - 1;
  if (last >= 0) words[last] = singular(words[last]);
  return words.join("");
}
function singular(word) {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
var init_names = __esm({
  "src/graph/names.ts"() {
    "use strict";
  }
});

// ingest/lexicon/core.ts
var group, CORE;
var init_core = __esm({
  "ingest/lexicon/core.ts"() {
    "use strict";
    group = (kind, category, rows) => rows.map(([name, aliases, parents = [], alternativeTo = []]) => ({
      kind,
      name,
      aliases: [...aliases],
      categories: [category],
      parents: [...parents],
      ...alternativeTo.length > 0 ? { alternativeTo: [...alternativeTo] } : {}
    }));
    CORE = [
      ...group("method", "Learning Algorithms", [
        [
          "Backpropagation",
          [
            "BP",
            "backprop",
            "back-propagation",
            "backpropagation algorithm",
            "error backpropagation",
            "backpropagated"
          ]
        ],
        ["Backpropagation Through Time", ["BPTT"], ["Backpropagation"]],
        // the learning rules the literature offers in place of backpropagation
        ["Forward-Forward", ["FF", "forward-forward algorithm"], [], ["Backpropagation"]],
        ["Feedback Alignment", ["feedback alignment"], [], ["Backpropagation"]],
        ["Direct Feedback Alignment", ["DFA"], ["Feedback Alignment"], ["Backpropagation"]],
        ["Target Propagation", ["target propagation", "target prop"], [], ["Backpropagation"]],
        ["Difference Target Propagation", ["DTP"], ["Target Propagation"], ["Backpropagation"]],
        ["Equilibrium Propagation", ["EqProp", "equilibrium propagation"], [], ["Backpropagation"]],
        [
          "Synthetic Gradients",
          ["synthetic gradient", "Decoupled Neural Interfaces", "decoupled neural interface"],
          [],
          ["Backpropagation"]
        ],
        ["Forward Gradient", ["forward gradient", "forward-mode gradient"], [], ["Backpropagation"]],
        ["Supervised Local Learning", ["local learning rule"], [], ["Backpropagation"]],
        ["Hebbian Learning", ["Hebbian learning rule", "Hebbian plasticity"], [], ["Backpropagation"]],
        ["Gradient Descent", ["gradient descent"]],
        ["Stochastic Gradient Descent", ["SGD"], ["Gradient Descent"]],
        ["Adam", ["Adam optimizer"]],
        ["Gradient Ascent", []],
        ["Expectation-Maximization", ["EM algorithm", "expectation maximization"]],
        ["Variational Inference", ["VI"]],
        ["Markov Chain Monte Carlo", ["MCMC"]],
        ["Bayesian Optimization", ["Bayesian optimisation"]],
        ["Evolutionary Algorithm", ["evolutionary algorithms", "evolutionary computation"]],
        ["Genetic Algorithm", []]
      ]),
      ...group("method", "Training Techniques", [
        ["Dropout", ["dropout"]],
        ["Weight Decay", []],
        ["Batch Normalization", ["BatchNorm", "batch normalisation"]],
        ["Layer Normalization", ["LayerNorm", "layer normalisation"]],
        ["Early Stopping", []],
        ["Data Augmentation", ["data augmentation"]],
        ["Mixup", ["mixup"]],
        ["Label Smoothing", []],
        [
          "Knowledge Distillation",
          [
            "KD",
            "distillation",
            "distill knowledge",
            "distills knowledge",
            "distilling knowledge",
            "distilled knowledge",
            "distill",
            "distills",
            "distilled",
            "distilling",
            "teacher-student",
            "student-teacher learning",
            "teacher-student learning",
            "teacher-student training"
          ]
        ],
        ["Contrastive Learning", ["contrastive learning"]],
        ["Self-Supervised Learning", ["self-supervised learning", "self-supervision"]],
        ["Semi-Supervised Learning", ["semi-supervised learning"]],
        ["Meta-Learning", ["meta learning", "learning to learn"]],
        ["Federated Learning", ["FL"]],
        ["Active Learning", []],
        ["Fine-Tuning", ["fine-tuning", "finetuning", "fine-tuned", "fine-tune", "finetune", "finetuned"]],
        ["Pre-training", ["pre-training", "pretraining", "pre-train"]],
        ["Prompting", ["prompting", "prompt engineering"]],
        ["Prompt Tuning", []],
        ["In-Context Learning", ["ICL"]],
        ["Chain-of-Thought Prompting", ["chain-of-thought", "CoT"], ["Prompting"]],
        ["Retrieval-Augmented Generation", ["RAG"]],
        ["Reinforcement Learning from Human Feedback", ["RLHF"]],
        ["Self-Training", ["self-training"]],
        ["Pseudo-Labeling", ["pseudo labeling", "pseudo-labelling", "pseudo labels"]],
        ["Adversarial Training", []],
        ["Ensemble Learning", ["ensemble methods", "model ensembling"]],
        ["Low-Rank Adaptation", ["LoRA"]],
        ["Quantization", ["quantisation", "model quantization"]],
        ["Weight Sharing", []],
        ["Multi-Task Learning", ["MTL"]],
        ["Curriculum Learning", []],
        ["Imitation Learning", []],
        ["Gradient Clipping", []]
      ]),
      ...group("method", "Neural Architectures", [
        ["Convolutional Neural Network", ["CNN", "ConvNet", "convolutional network", "convolutional neural net"]],
        ["Recurrent Neural Network", ["RNN", "recurrent network", "recurrent neural net"]],
        ["Long Short-Term Memory", ["LSTM", "long short term memory network"], ["Recurrent Neural Network"]],
        ["Bidirectional LSTM", ["BiLSTM", "Bi-LSTM"], ["Long Short-Term Memory"]],
        ["Gated Recurrent Unit", ["GRU"], ["Recurrent Neural Network"]],
        ["Graph Neural Network", ["GNN", "graph neural net"]],
        [
          "Graph Convolutional Network",
          ["GCN", "graph convolutional neural network", "graph convolution network"],
          ["Graph Neural Network"]
        ],
        ["Graph Attention Network", ["GAT"], ["Graph Neural Network"]],
        ["Graph Isomorphism Network", ["GIN"], ["Graph Neural Network"]],
        ["GraphSAGE", ["GraphSage"], ["Graph Neural Network"]],
        ["Message Passing Neural Network", ["MPNN", "message passing network"], ["Graph Neural Network"]],
        ["Graph Autoencoder", ["GAE"], ["Graph Neural Network"]],
        ["Graph Transformer", [], ["Transformer"]],
        ["Multi-Layer Perceptron", ["MLP", "multilayer perceptron", "multi layer perceptron"]],
        ["Perceptron", ["perceptron"]],
        ["Transformer", ["transformer", "Transformer architecture", "transformer model"]],
        ["Vision Transformer", ["ViT"], ["Transformer"]],
        ["Attention Mechanism", ["attention", "attention mechanism"]],
        ["Self-Attention", ["self-attention"], ["Attention Mechanism"]],
        ["Cross-Attention", ["cross-attention"], ["Attention Mechanism"]],
        ["Multi-Head Attention", ["multi-head attention", "MHA"], ["Attention Mechanism"]],
        ["Scaled Dot-Product Attention", ["dot-product attention"], ["Attention Mechanism"]],
        ["Large Language Model", ["LLM", "large language model"]],
        ["Pre-trained Language Model", ["PLM", "pretrained language model"], ["Language Model"]],
        ["Language Model", ["language model", "LM"]],
        ["Foundation Model", []],
        ["Vision-Language Model", ["VLM", "vision language model"]],
        ["BERT", ["BERT-base", "BERT-large"], ["Transformer"]],
        ["RoBERTa", [], ["BERT"]],
        ["Multilingual BERT", ["mBERT"], ["BERT"]],
        ["GPT", [], ["Transformer"]],
        ["GPT-2", ["GPT 2.0"], ["GPT"]],
        ["GPT-3", [], ["GPT"]],
        ["GPT-4", [], ["GPT"]],
        ["T5", [], ["Transformer"]],
        ["Autoencoder", ["auto-encoder", "AE"]],
        ["Variational Autoencoder", ["VAE", "variational auto-encoder"], ["Autoencoder"]],
        ["Generative Adversarial Network", ["GAN", "generative adversarial net"]],
        ["Diffusion Model", ["denoising diffusion probabilistic model", "DDPM", "score-based generative model"]],
        ["Normalizing Flow", ["normalising flow"]],
        ["Energy-Based Model", ["EBM"]],
        ["Restricted Boltzmann Machine", ["RBM"]],
        ["Deep Belief Network", ["DBN"]],
        ["Spiking Neural Network", ["SNN"]],
        ["Residual Network", ["ResNet", "residual neural network"], ["Convolutional Neural Network"]],
        ["ResNet-50", ["ResNet50"], ["Residual Network"]],
        ["ResNet-18", ["ResNet18"], ["Residual Network"]],
        ["VGG", ["VGGNet"], ["Convolutional Neural Network"]],
        ["AlexNet", [], ["Convolutional Neural Network"]],
        ["U-Net", ["UNet"], ["Convolutional Neural Network"]],
        ["Capsule Network", ["CapsNet"]],
        ["Siamese Network", []],
        ["Mixture of Experts", ["MoE", "mixture-of-experts"]],
        ["Echo State Network", ["ESN"]],
        ["Hopfield Network", []],
        ["Neural Ordinary Differential Equation", ["neural ODE"]],
        ["Kolmogorov-Arnold Network", ["KAN"]],
        ["State Space Model", ["SSM"]],
        ["Mamba", [], ["State Space Model"]],
        ["Sequence-to-Sequence Model", ["seq2seq", "sequence-to-sequence", "encoder-decoder model"]],
        ["Pointer Network", []],
        ["Memory Network", []],
        ["Neural Turing Machine", ["NTM"]],
        ["Skip Connection", ["residual connection", "shortcut connection"]],
        ["Activation Function", []],
        ["Softmax", ["softmax"]],
        ["Rectified Linear Unit", ["ReLU"], ["Activation Function"]],
        ["Sigmoid", ["sigmoid", "sigmoid function"], ["Activation Function"]],
        ["Pooling", ["pooling"]],
        ["Max Pooling", ["max-pooling"], ["Pooling"]],
        ["Global Average Pooling", [], ["Pooling"]],
        ["Cross-Entropy Loss", ["cross-entropy", "cross entropy loss"]],
        ["Mean Squared Error", ["MSE", "mean squared error loss"]],
        ["Word Embedding", ["word embedding", "word vector"]],
        ["Word2Vec", ["word2vec"]],
        ["Skip-gram", ["skip-gram"], ["Word2Vec"]],
        ["GloVe", []],
        ["node2vec", []],
        ["DeepWalk", []],
        ["Graph Embedding", []],
        ["Knowledge Graph Embedding", ["KGE"]],
        ["TransE", []],
        ["Node Embedding", []],
        ["Neural Tangent Kernel", ["NTK"]],
        ["Dense Retrieval", ["dense retriever"]],
        ["Bi-Encoder", ["dual encoder"]],
        ["Cross-Encoder", []],
        ["BM25", []]
      ]),
      ...group("method", "Classical Machine Learning", [
        ["Random Forest", ["RF", "random decision forest"]],
        ["Decision Tree", ["decision tree classifier"]],
        ["Gradient Boosting", ["gradient boosting machine", "GBM"]],
        [
          "Gradient Boosted Decision Trees",
          ["GBDT", "gradient boosted trees", "gradient boosting trees", "GBT"],
          ["Gradient Boosting"]
        ],
        ["XGBoost", ["XGboost", "Xgboost", "extreme gradient boosting"], ["Gradient Boosting"]],
        ["LightGBM", [], ["Gradient Boosting"]],
        ["CatBoost", [], ["Gradient Boosting"]],
        ["AdaBoost", [], ["Gradient Boosting"]],
        [
          "K-Nearest Neighbors",
          ["KNN", "k-NN", "kNN", "k-nearest neighbor", "k nearest neighbours", "nearest neighbor classifier"]
        ],
        ["Support Vector Machine", ["SVM", "support vector classifier", "SVC"]],
        ["Logistic Regression", []],
        ["Linear Regression", []],
        ["Ridge Regression", [], ["Linear Regression"]],
        ["Lasso", ["LASSO"]],
        ["Naive Bayes", ["na\xEFve Bayes"]],
        ["K-Means", ["k-means", "k-means clustering"]],
        ["Spectral Clustering", []],
        ["Principal Component Analysis", ["PCA", "principal components analysis"]],
        ["Independent Component Analysis", ["ICA"]],
        ["t-SNE", ["tSNE"]],
        ["Gaussian Process", ["GP"]],
        ["Hidden Markov Model", ["HMM"]],
        ["Conditional Random Field", ["CRF"]],
        ["Bayesian Network", []],
        ["Kernel Method", []],
        ["Matrix Factorization", ["matrix factorisation"]],
        ["Collaborative Filtering", []],
        ["Content-Based Filtering", []],
        ["TF-IDF", ["tf-idf"]],
        ["Beam Search", []],
        ["Monte Carlo Tree Search", ["MCTS"]],
        ["Dynamic Time Warping", ["DTW"]]
      ]),
      ...group("method", "Reinforcement Learning", [
        ["Q-Learning", ["Q-learning"]],
        ["Deep Q-Network", ["DQN"], ["Q-Learning"]],
        ["Policy Gradient", ["policy gradients"]],
        ["Actor-Critic", ["actor-critic"]],
        ["Proximal Policy Optimization", ["PPO"], ["Policy Gradient"]],
        ["Soft Actor-Critic", ["SAC"], ["Actor-Critic"]]
      ]),
      ...group("dataset", "Image", [
        ["MNIST", []],
        ["Fashion-MNIST", ["FashionMNIST"]],
        ["CIFAR-10", ["CIFAR10"]],
        ["CIFAR-100", ["CIFAR100"]],
        ["ImageNet", ["ILSVRC", "ILSVRC12", "ILSVRC-2012", "ImageNet-1K", "ImageNet-1k", "ILSVRC 2012"]],
        ["Tiny ImageNet", ["TinyImageNet"]],
        ["miniImageNet", ["mini-ImageNet"]],
        ["MS COCO", ["COCO", "Microsoft COCO", "MSCOCO"]],
        ["PASCAL VOC", ["Pascal VOC", "VOC"]],
        ["SVHN", []],
        ["CelebA", []],
        ["Omniglot", []],
        ["STL-10", []],
        ["LSUN", []],
        ["Cityscapes", []],
        ["ADE20K", ["ADE20k"]],
        ["KITTI", []],
        ["Flickr8k", []],
        ["Flickr30k", []],
        ["Visual Genome", []],
        ["CUB-200-2011", ["CUB"]]
      ]),
      ...group("dataset", "Graph", [
        ["Cora", []],
        ["Citeseer", ["CiteSeer"]],
        ["PubMed", ["Pubmed"]],
        ["Open Graph Benchmark", ["OGB"]],
        ["TUDataset", []],
        ["QM9", []],
        ["ZINC", []],
        ["FB15k", []],
        ["FB15k-237", []],
        ["WN18RR", []],
        ["Freebase", []],
        ["Wikidata", ["WikiData"]],
        ["DBpedia", ["DBPedia"]],
        ["YAGO", ["Yago"]],
        ["MovieLens", []]
      ]),
      ...group("dataset", "Text", [
        ["SQuAD", []],
        ["GLUE", []],
        ["SuperGLUE", []],
        ["Penn Treebank", ["PTB"]],
        ["WikiText-103", []],
        ["IMDb", ["IMDB"]],
        ["Natural Questions", []],
        ["MS MARCO", []],
        ["HotpotQA", []],
        ["TriviaQA", []],
        ["GSM8K", []],
        ["MMLU", []],
        ["HumanEval", []],
        ["Common Crawl", []],
        ["WMT", []]
      ]),
      ...group("dataset", "Other", [
        ["LibriSpeech", []],
        ["AudioSet", []],
        ["Kinetics", []],
        ["UCF101", []],
        ["ShapeNet", []],
        ["ModelNet40", []],
        ["MIMIC-III", []],
        ["UCI Machine Learning Repository", ["UCI repository"]]
      ]),
      ...group("task", "General", [
        ["classification", []],
        ["regression", []],
        ["clustering", []],
        ["recommendation", ["recommender system", "recommendation system", "item recommendation"]],
        ["interpretability", ["explainability", "explainable AI", "XAI", "interpretable machine learning"]],
        ["anomaly detection", ["outlier detection"]],
        ["representation learning", []],
        ["transfer learning", []],
        ["few-shot learning", ["few-shot"]],
        ["zero-shot learning", []],
        ["continual learning", ["lifelong learning", "incremental learning"]],
        ["domain adaptation", []],
        ["unsupervised domain adaptation", ["UDA"], ["domain adaptation"]],
        ["reinforcement learning", ["RL", "deep reinforcement learning", "DRL"]],
        ["multi-label classification", ["multi-label learning"], ["classification"]],
        ["neural architecture search", ["NAS", "architecture search"]],
        ["network pruning", ["model pruning", "pruning"]],
        ["model compression", []],
        ["hyperparameter optimization", ["hyperparameter tuning", "HPO"]],
        ["time series forecasting", []],
        ["time series classification", [], ["classification"]],
        ["drug discovery", []],
        ["generative modeling", ["generative modelling"]]
      ]),
      ...group("task", "Graphs", [
        ["node classification", ["vertex classification"], ["classification"]],
        ["graph classification", [], ["classification"]],
        ["link prediction", ["missing link prediction", "missing edge detection", "missing edge prediction"]],
        ["graph representation learning", [], ["representation learning"]],
        ["knowledge graph completion", ["knowledge base completion", "KGC"]],
        ["community detection", []]
      ]),
      ...group("task", "Vision", [
        ["image classification", [], ["classification"]],
        ["object detection", []],
        ["semantic segmentation", []],
        ["instance segmentation", []],
        ["image generation", ["image synthesis"]],
        ["image captioning", []],
        ["visual question answering", ["VQA"], ["question answering"]],
        ["action recognition", []],
        ["pose estimation", []],
        ["image retrieval", []],
        ["face recognition", []]
      ]),
      ...group("task", "Language and Speech", [
        ["text classification", ["document classification"], ["classification"]],
        ["sentiment analysis", []],
        ["question answering", ["QA"]],
        ["machine translation", ["MT", "neural machine translation", "NMT"]],
        ["language modeling", ["language modelling"]],
        ["named entity recognition", ["NER"]],
        ["text summarization", ["summarization", "summarisation"]],
        ["text generation", []],
        ["natural language understanding", ["NLU"]],
        ["natural language inference", ["NLI"]],
        ["information retrieval", []],
        ["dependency parsing", []],
        ["part-of-speech tagging", ["POS tagging"]],
        ["relation extraction", []],
        ["speech recognition", ["ASR", "automatic speech recognition"]],
        ["dialogue generation", []],
        ["sequence labeling", ["sequence labelling"]],
        ["semantic parsing", []]
      ])
    ];
  }
});

// ingest/lexicon/core-methods.ts
var CORE_METHODS;
var init_core_methods = __esm({
  "ingest/lexicon/core-methods.ts"() {
    "use strict";
    init_core();
    CORE_METHODS = [
      ...group("method", "Models", [
        ["Generative Model", ["generative model"]],
        ["Deep Generative Model", ["deep generative model"], ["Generative Model"]],
        ["Linear Classifier", ["linear classifier", "linear probe", "linear probing"]],
        ["Linear Model", ["linear model"]],
        ["Deep Linear Network", ["deep linear network"]],
        ["Pre-trained Model", ["pre-trained model", "pretrained model", "PTM"]],
        ["Prototypical Network", ["prototypical network", "prototype network", "ProtoNet"]],
        ["Matching Network", []],
        ["Relation Network", []],
        ["Neural Tensor Network", ["NTN"]],
        ["DistMult", []],
        ["ComplEx", []],
        ["RotatE", []],
        ["TransR", []],
        ["TransH", []],
        ["Paragraph Vector", ["Doc2Vec", "doc2vec"]],
        ["FastText", ["fastText"]],
        ["ELMo", []],
        ["XLNet", []],
        ["ALBERT", [], ["BERT"]],
        ["DistilBERT", [], ["BERT"]],
        ["ELECTRA", []],
        ["BART", []],
        ["LLaMA", ["Llama"]],
        ["ChatGPT", []],
        ["CLIP", []],
        ["Stable Diffusion", [], ["Diffusion Model"]],
        ["Implicit Neural Representation", ["implicit neural representation", "INR", "neural field"]],
        ["Neural Radiance Field", ["NeRF"]],
        ["Reversible Neural Network", ["reversible network", "reversible neural network", "RevNet"]],
        ["Evolved Transformer", [], ["Transformer"]],
        ["Swin Transformer", ["Swin"], ["Vision Transformer"]],
        ["DenseNet", [], ["Convolutional Neural Network"]],
        ["Inception", ["GoogLeNet"], ["Convolutional Neural Network"]],
        ["MobileNet", ["MobileNetV2", "MobileNetV3"], ["Convolutional Neural Network"]],
        ["EfficientNet", [], ["Convolutional Neural Network"]],
        ["LeNet", ["LeNet-5"], ["Convolutional Neural Network"]],
        ["ResNet-56", ["ResNet56"], ["Residual Network"]],
        ["ResNet-34", ["ResNet34"], ["Residual Network"]],
        ["ResNet-101", ["ResNet101"], ["Residual Network"]],
        ["ResNet-152", ["ResNet152"], ["Residual Network"]],
        ["VGG-16", ["VGG16"], ["VGG"]],
        ["VGG-19", ["VGG19"], ["VGG"]],
        ["Wide Residual Network", ["WideResNet", "WRN"], ["Residual Network"]],
        ["YOLO", [], ["Convolutional Neural Network"]],
        ["Faster R-CNN", [], ["Convolutional Neural Network"]],
        ["Mask R-CNN", [], ["Convolutional Neural Network"]],
        ["Feature Pyramid Network", ["FPN"]],
        ["Deconvolutional Network", ["DeconvNet", "deconvnet", "deconvolutional network"]],
        ["Temporal Convolutional Network", ["TCN"], ["Convolutional Neural Network"]],
        ["Hypernetwork", ["hypernetwork"]],
        ["Metanetwork", ["metanetwork", "meta-network"]],
        ["Super-Network", ["supernet", "super-network", "supernetwork"]],
        ["Sum-Product Network", ["SPN"]],
        ["Deep Sets", ["DeepSets"]],
        ["PointNet", []],
        ["Neural Process", []],
        ["Bayesian Neural Network", ["BNN"]],
        ["Physics-Informed Neural Network", ["PINN"]],
        ["Graph Markov Neural Network", ["GMNN"], ["Graph Neural Network"]],
        ["Relational Graph Convolutional Network", ["R-GCN", "RGCN"], ["Graph Convolutional Network"]],
        ["Spectral Graph Neural Network", ["spectral GNN"], ["Graph Neural Network"]],
        ["Graph Kernel", ["graph kernel"]],
        ["Graphon", ["graphon"]],
        ["Hybrid Recommender System", ["hybrid recommender system", "hybrid recommendation system"]],
        ["Factorization Machine", ["FM", "factorization machine"]],
        ["Wide & Deep", ["Wide and Deep model"]],
        ["Two-Tower Model", ["two-tower model"]]
      ]),
      ...group("method", "Algorithms and Techniques", [
        ["Show, Attend and Tell", []],
        ["Transition-Based Parsing", ["transition-based parser", "transition-based dependency parser"]],
        ["Classification Head", ["classification head", "classifier head"]],
        ["Embedding-Based Retrieval", ["embedding-based retrieval", "EBR"]],
        ["Unconstrained Feature Model", ["unconstrained features model"]],
        ["L2 Regularization", ["L2 regularization", "L2 regularisation", "L2 penalty"]],
        ["Teacher Forcing", ["teacher forcing"]],
        ["Lottery Ticket Hypothesis", ["lottery ticket hypothesis", "lottery tickets"]],
        ["Reservoir Computing", ["reservoir computing"]],
        ["Extreme Learning Machine", ["extreme learning machine", "ELM"]],
        ["Guided Backpropagation", ["guided backpropagation", "guided back-propagation"]],
        ["Layer-wise Relevance Propagation", ["layer-wise relevance propagation", "LRP"]],
        [
          "Weisfeiler-Lehman Test",
          [
            "Weisfeiler-Leman",
            "Weisfeiler-Lehman",
            "WL test",
            "1-WL",
            "Weisfeiler-Lehman graph isomorphism test",
            "Weisfeiler-Leman test",
            "WL algorithm"
          ]
        ],
        ["Label Propagation", ["label propagation"]],
        ["Graph-Based Semi-Supervised Learning", ["graph-based semi-supervised learning", "graph-based SSL"]],
        ["Random Walk", ["random walk"]],
        ["Personalized PageRank", ["PPR", "personalised PageRank"]],
        ["PageRank", []],
        ["Nearest Neighbor", ["nearest neighbor", "nearest neighbour", "1-nearest neighbor", "1-NN"]],
        [
          "Approximate Nearest Neighbor Search",
          ["approximate nearest neighbor", "ANN search", "approximate nearest neighbour search"]
        ],
        ["Inverted Index", ["inverted index"]],
        ["Locality-Sensitive Hashing", ["LSH", "locality sensitive hashing"]],
        ["Majority Vote", ["majority vote", "majority voting"]],
        ["Bagging", ["bootstrap aggregating"]],
        ["Kernel Ridge Regression", [], ["Ridge Regression"]],
        ["Gaussian Mixture Model", ["GMM"]],
        ["Latent Dirichlet Allocation", ["LDA"]],
        ["Singular Value Decomposition", ["SVD"]],
        ["Non-negative Matrix Factorization", ["NMF"], ["Matrix Factorization"]],
        ["Canonical Correlation Analysis", ["CCA"]],
        ["Linear Discriminant Analysis", []],
        ["UMAP", []],
        ["DBSCAN", []],
        ["Hierarchical Clustering", ["agglomerative clustering"]],
        ["Kalman Filter", ["Kalman filtering"]],
        ["Particle Filter", ["sequential Monte Carlo"]],
        ["Belief Propagation", []],
        ["Dynamic Programming", []],
        ["Simulated Annealing", []],
        ["Particle Swarm Optimization", ["PSO"]],
        ["Newton Method", ["Newton's method"]],
        ["Conjugate Gradient", []],
        ["L-BFGS", []],
        ["Frank-Wolfe", ["Frank-Wolfe algorithm"]],
        ["ADMM", ["alternating direction method of multipliers"]],
        ["Mirror Descent", []],
        ["SGD with Momentum", ["heavy-ball momentum", "Nesterov momentum"], ["Stochastic Gradient Descent"]],
        ["RMSProp", []],
        ["AdaGrad", []],
        ["AdamW", [], ["Adam"]],
        ["Muon", ["Muon optimizer"]],
        ["Lion", ["Lion optimizer"]],
        ["Natural Gradient", ["natural gradient descent"]],
        ["Learning Rate Schedule", ["learning rate warmup", "cosine annealing"]],
        ["Reparameterization Trick", ["reparameterisation trick"]],
        ["Gumbel-Softmax", []],
        ["Straight-Through Estimator", ["STE"]],
        ["REINFORCE", []],
        ["Importance Sampling", []],
        ["Langevin Dynamics", ["SGLD"]],
        ["Hamiltonian Monte Carlo", ["HMC"]],
        ["Laplace Approximation", []],
        ["Approximate Bayesian Inference", ["approximate Bayesian inference"]],
        ["Bayesian Inference", ["Bayesian inference"]],
        ["Monte Carlo Dropout", ["MC dropout"], ["Dropout"]],
        ["Deep Ensembles", ["deep ensemble"]],
        ["Temperature Scaling", []],
        ["Conformal Prediction", []],
        ["Weight Pruning", ["magnitude pruning"]],
        ["Dynamic Quantization", ["dynamic quantization"], ["Quantization"]],
        ["Post-Training Quantization", ["PTQ"], ["Quantization"]],
        ["Quantization-Aware Training", ["QAT"], ["Quantization"]],
        ["Network Morphism", ["network morphism"]],
        ["Differentiable Architecture Search", ["DARTS"]],
        ["Weight Normalization", ["weight normalisation"]],
        ["Group Normalization", ["GroupNorm"]],
        ["Instance Normalization", ["InstanceNorm"]],
        ["Spectral Normalization", []],
        ["Gradient Checkpointing", ["activation checkpointing"]],
        ["Mixed Precision Training", ["mixed-precision training"]],
        ["Experience Replay", ["experience replay", "memory replay", "replay buffer"]],
        ["Elastic Weight Consolidation", ["EWC"]],
        ["Parameter Isolation", ["parameter isolation"]],
        ["Winner-Take-All", ["winner-take-all", "WTA"]],
        ["Weak Supervision", ["weak supervision", "weakly supervised learning"]],
        ["Programmatic Weak Supervision", ["PWS", "data programming"], ["Weak Supervision"]],
        ["Split Learning", ["split learning"]],
        ["Collaborative Learning", ["collaborative learning"]],
        ["Domain-Adversarial Training", ["DANN", "domain adversarial training", "gradient reversal"]],
        ["Adversarial Domain Adaptation", []],
        ["Test-Time Adaptation", ["TTA"]],
        ["Prefix Tuning", ["prefix-tuning"]],
        ["Adapter", ["adapter modules", "adapter tuning"]],
        ["Parameter-Efficient Fine-Tuning", ["PEFT"], ["Fine-Tuning"]],
        ["Instruction Tuning", ["instruction tuning", "instruction-tuning"]],
        ["Direct Preference Optimization", ["DPO"]],
        ["Model Merging", []],
        ["Speculative Decoding", []],
        ["Byte-Pair Encoding", ["BPE"]],
        ["Positional Encoding", ["positional embedding", "position embedding"]],
        ["Rotary Position Embedding", ["RoPE"], ["Positional Encoding"]],
        ["Linear Attention", [], ["Attention Mechanism"]],
        ["Sparse Attention", [], ["Attention Mechanism"]],
        ["Flash Attention", ["FlashAttention"], ["Attention Mechanism"]],
        ["Graph Pooling", ["graph pooling"]],
        ["Neighborhood Aggregation", ["neighborhood aggregation", "neighbourhood aggregation"]],
        ["Message Passing", ["message passing"]],
        ["Negative Sampling", ["negative sampling"]],
        ["Hard Negative Mining", ["hard negative mining"]],
        ["Triplet Loss", ["triplet loss"]],
        ["Contrastive Loss", ["contrastive loss", "InfoNCE"]],
        ["Hinge Loss", ["hinge loss"]],
        ["Logistic Loss", ["logistic loss", "log loss"]],
        ["Huber Loss", ["Huber loss", "Huber classification loss"]],
        ["Focal Loss", ["focal loss"]],
        ["Sparsemax", ["sparsemax"], ["Activation Function"]],
        ["Gaussian Error Linear Unit", ["GELU"], ["Activation Function"]],
        ["Leaky ReLU", [], ["Rectified Linear Unit"]],
        ["Tanh", ["tanh", "hyperbolic tangent"], ["Activation Function"]],
        ["Wasserstein Distance", ["Wasserstein distance", "earth mover distance", "earth mover's distance"]],
        ["Kullback-Leibler Divergence", ["KL divergence", "KL-divergence", "Kullback-Leibler"]],
        ["Maximum Mean Discrepancy", ["MMD"]],
        ["Optimal Transport", ["optimal transport"]],
        ["Euclidean Distance", ["Euclidean distance"]],
        ["Cosine Similarity", ["cosine similarity"]],
        ["Inverse Distance Weighting", ["inverse distance weighting"]],
        ["Grad-CAM", ["GradCAM"]],
        ["Saliency Map", ["saliency maps"]],
        ["SHAP", ["Shapley additive explanations"]],
        ["LIME", []],
        ["Integrated Gradients", []],
        ["Surrogate Model", ["surrogate model"]],
        ["Frequency Analysis", ["frequency analysis"]],
        ["Fourier Transform", ["FFT", "fast Fourier transform", "discrete Fourier transform"]],
        ["Wavelet Transform", ["wavelet transform"]],
        ["Circular Fingerprint", ["circular fingerprint", "ECFP", "Morgan fingerprint"]],
        ["Information Flow Control", ["information flow control"]]
      ])
    ];
  }
});

// ingest/lexicon/core-tasks.ts
var CORE_TASKS;
var init_core_tasks = __esm({
  "ingest/lexicon/core-tasks.ts"() {
    "use strict";
    init_core();
    CORE_TASKS = [
      ...group("task", "General", [
        ["online learning", []],
        ["transductive learning", []],
        ["inductive learning", []],
        [
          "imbalanced learning",
          ["class imbalance", "class-imbalanced learning", "learning from imbalanced data", "imbalanced data"]
        ],
        ["learning with noisy labels", ["learning from noisy labels", "noisy label learning", "label noise"]],
        ["negative transfer", []],
        ["out-of-distribution detection", ["OOD detection"]],
        ["out-of-distribution generalization", ["OOD generalization"]],
        ["domain generalization", []],
        ["metric learning", ["deep metric learning"]],
        ["similarity learning", []],
        ["learning to optimize", []],
        ["learning to rank", ["LTR"]],
        ["model selection", []],
        ["feature selection", []],
        ["dimensionality reduction", []],
        ["data visualization", ["data visualisation"]],
        ["missing data imputation", ["data imputation", "imputation"]],
        ["density estimation", []],
        ["causal inference", []],
        ["causal discovery", []],
        ["uncertainty quantification", ["uncertainty estimation"]],
        ["data labeling", ["data labelling", "data annotation"]],
        ["semi-supervised classification", [], ["classification"]],
        ["binary classification", [], ["classification"]],
        ["multi-class classification", ["multiclass classification"], ["classification"]],
        ["sequence modeling", ["sequence modelling"]],
        ["time series anomaly detection", [], ["anomaly detection"]],
        ["fraud detection", []],
        ["intrusion detection", ["network intrusion detection"]],
        ["malware detection", []],
        ["combinatorial optimization", ["combinatorial optimisation"]],
        ["program synthesis", []],
        ["code generation", []],
        ["theorem proving", []],
        ["mathematical reasoning", ["math reasoning"]],
        ["molecular property prediction", []],
        ["protein structure prediction", []],
        ["weather forecasting", []],
        ["traffic forecasting", ["traffic prediction"]],
        ["click-through rate prediction", ["CTR prediction"]],
        ["machine unlearning", []]
      ]),
      ...group("task", "Security", [
        ["backdoor attack", ["backdoor", "backdoor attacks", "trojan attack"]],
        ["adversarial attack", ["adversarial attacks"]],
        ["adversarial robustness", []],
        ["data poisoning", ["poisoning attack"]],
        ["membership inference attack", ["membership inference"]],
        ["model inversion attack", ["model inversion"]],
        ["jailbreak", ["jailbreaking", "jailbreak attack"]],
        ["watermarking", []]
      ]),
      ...group("task", "Recommendation and Search", [
        ["social recommendation", []],
        ["sequential recommendation", []],
        ["session-based recommendation", []],
        ["news recommendation", []],
        ["job recommendation", []],
        ["reciprocal recommendation", []],
        ["conversational recommendation", []],
        ["product search", ["e-commerce search"]],
        ["web search", []],
        ["document retrieval", []],
        ["passage retrieval", []],
        ["cross-modal retrieval", []],
        ["text-to-image retrieval", []],
        ["model retrieval", []],
        ["code search", []]
      ]),
      ...group("task", "Graphs", [
        ["graph isomorphism testing", ["graph isomorphism test", "graph isomorphism"]],
        ["entity classification", []],
        ["graph generation", []],
        ["graph matching", []],
        ["graph clustering", []],
        ["graph regression", []],
        ["entity alignment", []],
        ["rule mining", []],
        ["knowledge graph reasoning", []],
        ["molecule generation", ["molecular generation"]]
      ]),
      ...group("task", "Vision", [
        ["video processing", []],
        ["video classification", [], ["classification"]],
        ["video understanding", []],
        ["image segmentation", []],
        ["medical image segmentation", [], ["image segmentation"]],
        ["panoptic segmentation", []],
        ["depth estimation", ["monocular depth estimation"]],
        ["optical flow estimation", ["optical flow"]],
        ["novel view synthesis", ["view synthesis", "neural view synthesis"]],
        ["3D reconstruction", []],
        ["image super-resolution", ["super-resolution"]],
        ["image denoising", []],
        ["image inpainting", []],
        ["image editing", []],
        ["text-to-image generation", ["text-to-image synthesis"]],
        ["video generation", []],
        [
          "fine-grained image classification",
          ["fine-grained visual classification", "fine-grained classification"]
        ],
        ["zero-shot recognition", []],
        ["object tracking", ["multi-object tracking", "visual tracking"]],
        ["person re-identification", ["re-identification", "person re-ID"]],
        ["scene understanding", []],
        ["visual grounding", []],
        ["image-text matching", []],
        ["visual explanation", []]
      ]),
      ...group("task", "Language and Speech", [
        ["text-to-SQL", ["text2sql"]],
        ["machine reading comprehension", ["reading comprehension"]],
        ["open-domain question answering", [], ["question answering"]],
        ["dialogue systems", ["dialogue system", "dialog system", "conversational agent"]],
        ["word sense disambiguation", ["WSD"]],
        ["word sense induction", []],
        ["coreference resolution", []],
        ["entity linking", []],
        ["keyphrase extraction", []],
        ["information extraction", []],
        ["event extraction", []],
        ["fact checking", ["fact verification"]],
        ["hate speech detection", []],
        ["fake news detection", ["misinformation detection"]],
        ["stance detection", []],
        ["emotion recognition", []],
        ["author profiling", []],
        ["authorship attribution", []],
        ["gender detection", ["gender classification", "gender prediction"]],
        ["paraphrase generation", []],
        ["grammatical error correction", []],
        ["text simplification", []],
        ["speech synthesis", ["text-to-speech", "TTS"]],
        ["speaker recognition", ["speaker identification", "speaker verification"]],
        ["audio classification", [], ["classification"]],
        ["sound event detection", []],
        ["music generation", []],
        ["phone recognition", ["phoneme recognition"]],
        ["phone classification", [], ["classification"]]
      ]),
      ...group("task", "Software and Science", [
        ["mining software repositories", []],
        ["metadata extraction", []],
        ["code summarization", []],
        ["program repair", ["automated program repair"]],
        ["vulnerability detection", []]
      ]),
      ...group("task", "Learning Settings", [
        ["few-shot classification", [], ["classification"]],
        ["task-incremental learning", [], ["continual learning"]],
        ["online continual learning", [], ["continual learning"]],
        ["open-world learning", []],
        ["positive-unlabeled learning", ["PU learning", "learning from positive and unlabeled data"]],
        ["multiple instance learning", ["multi-instance learning"]],
        ["multimodal learning", ["multi-modal learning"]],
        ["offline reinforcement learning", ["batch reinforcement learning", "offline RL"]],
        ["inverse reinforcement learning", []],
        ["black-box optimization", []],
        ["automated machine learning", ["AutoML"]],
        ["data valuation", []],
        ["dataset distillation", ["dataset condensation"]],
        ["coreset selection", []],
        ["neural network pruning", ["network pruning"]]
      ]),
      ...group("task", "Trust and Privacy", [
        ["privacy-preserving machine learning", []],
        ["model stealing", []],
        ["certified robustness", []],
        ["feature attribution", []],
        ["algorithmic fairness", []]
      ]),
      ...group("task", "Perception and Language", [
        ["image recognition", []],
        ["visual recognition", []],
        ["open-set recognition", []],
        ["long-tailed recognition", ["long-tail recognition"]],
        ["shape classification", [], ["classification"]],
        ["semantic scene completion", []],
        ["path planning", []],
        ["embodied navigation", []],
        ["source separation", ["audio source separation"]],
        ["speech translation", []],
        ["natural language generation", ["NLG"]],
        ["natural language understanding", ["NLU", "language understanding"]],
        ["topic modeling", ["topic modelling"]],
        ["named entity disambiguation", []],
        ["query expansion", []],
        ["record linkage", []],
        ["schema matching", []],
        ["rumor detection", ["rumour detection"]],
        ["toxicity detection", ["toxic comment detection"]],
        ["automated essay scoring", ["automatic essay scoring"]]
      ]),
      ...group("task", "Graphs and Science", [
        ["subgraph matching", []],
        ["influence maximization", []],
        ["vehicle routing", ["vehicle routing problem"]],
        ["node representation learning", [], ["representation learning"]],
        ["retrosynthesis", ["retrosynthesis prediction"]],
        ["drug-target interaction prediction", ["drug-target interaction", "DTI prediction"]],
        ["robotic manipulation", ["robot manipulation"]],
        ["defect prediction", ["software defect prediction"]],
        ["bug localization", []]
      ])
    ];
  }
});

// ingest/lexicon/curated.ts
var CURATED;
var init_curated = __esm({
  "ingest/lexicon/curated.ts"() {
    "use strict";
    init_core();
    init_core_methods();
    init_core_tasks();
    CURATED = [...CORE, ...CORE_METHODS, ...CORE_TASKS];
  }
});

// ingest/lexicon/index.ts
var lexicon_exports = {};
__export(lexicon_exports, {
  buildLexicon: () => buildLexicon,
  loadLexicon: () => loadLexicon
});
import { readFileSync } from "node:fs";
function loadLexicon() {
  memo ??= buildLexicon(CURATED, readPwc());
  return memo;
}
function readPwc() {
  const text = readFileSync(new URL("./pwc.json", import.meta.url), "utf8");
  return JSON.parse(text).concepts;
}
function buildLexicon(core, pwc) {
  const concepts2 = core.map((c) => ({
    ...c,
    aliases: [...c.aliases],
    categories: [...c.categories]
  }));
  const index = /* @__PURE__ */ new Map();
  const add = (c, name) => {
    const key2 = aliasKey(name);
    if (!key2) return;
    const list = index.get(key2);
    if (!list) index.set(key2, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  for (const c of concepts2) for (const n2 of [c.name, ...c.aliases]) add(c, n2);
  for (const p of pwc) {
    const same = index.get(aliasKey(p.name))?.find((c) => c.kind === p.kind);
    if (same) {
      if (p.pwcId && !same.pwcId) same.pwcId = p.pwcId;
      if (p.description && !same.description) same.description = p.description;
      same.categories = [.../* @__PURE__ */ new Set([...same.categories, ...p.categories])];
      continue;
    }
    const aliases = p.aliases.filter((a) => !index.has(aliasKey(a)));
    if (index.has(aliasKey(p.name))) continue;
    const concept = { ...p, aliases };
    concepts2.push(concept);
    for (const n2 of [concept.name, ...aliases]) add(concept, n2);
  }
  const known = new Set(concepts2.map((c) => `${c.kind}:${c.name}`));
  for (const c of concepts2) {
    c.parents = c.parents.filter((p) => known.has(`${c.kind}:${p}`) && p !== c.name);
    if (c.alternativeTo) c.alternativeTo = c.alternativeTo.filter((a) => known.has(`method:${a}`));
  }
  return {
    concepts: concepts2,
    lookup: (surface) => index.get(aliasKey(surface)) ?? []
  };
}
var memo;
var init_lexicon = __esm({
  "ingest/lexicon/index.ts"() {
    "use strict";
    init_names();
    init_curated();
  }
});

// ingest/lexicon/generic.ts
function isGeneric(name) {
  return GENERIC_KEYS.has(aliasKey(name));
}
var GENERIC, GENERIC_KEYS, isGenericKey;
var init_generic = __esm({
  "ingest/lexicon/generic.ts"() {
    "use strict";
    init_names();
    GENERIC = [
      "neural network",
      "deep neural network",
      "DNN",
      "artificial neural network",
      "ANN",
      "deep network",
      "deep learning",
      "machine learning",
      "artificial intelligence",
      "AI",
      "model",
      "deep model",
      "algorithm",
      "approach",
      "framework",
      "method",
      "architecture",
      "training",
      "learning",
      "data",
      "network",
      "system",
      "baseline",
      "technique",
      "scheme",
      "paradigm",
      "strategy",
      "procedure",
      "mechanism",
      "pipeline",
      "solution",
      "module",
      "layer",
      "classifier",
      "feature",
      "features",
      "representation",
      "representations",
      "embedding",
      "encoder",
      "decoder",
      "loss",
      "loss function",
      "activation function",
      // "pre-trained models" names a kind of artefact, not a method, like "model" itself
      "pre-trained model",
      "pretrained model",
      "PTM",
      "optimization",
      "optimizer",
      "inference",
      "prediction",
      "estimation",
      "analysis",
      "evaluation",
      "benchmark",
      "dataset",
      "task",
      "statistical learning",
      "deep architecture",
      "neural model",
      "neural architecture",
      "neural network architecture",
      "deep neural network architecture",
      "learning algorithm",
      "learning paradigm",
      "learning framework",
      "learning approach",
      "learning method",
      "learning strategy",
      "training paradigm",
      "training strategy",
      "training procedure",
      "training method",
      "machine learning model",
      "deep learning model",
      "neural network model",
      "supervised learning",
      "unsupervised learning",
      "generalization",
      "robustness",
      "efficiency",
      "scalability",
      "accuracy",
      "linear layer",
      "dense connection",
      "feedforward network",
      "feed forward network",
      "weights",
      "parameters",
      // fields of study and data structures, not tasks: "applications in computer vision", "knowledge graphs"
      "computer vision",
      "natural language processing",
      "NLP",
      "knowledge graph",
      "directed acyclic graph",
      "graph learning",
      "decision making",
      "success rate",
      "computer science",
      "science",
      "research",
      "experiment",
      "theory",
      "mathematics",
      "statistics",
      "search",
      "retrieval",
      "detection",
      "recognition",
      "generation",
      "segmentation",
      "reconstruction",
      "modeling",
      "modelling",
      "understanding",
      "reasoning",
      "planning",
      "control",
      "video",
      "image",
      "text",
      "speech",
      "audio",
      "graph",
      "graphs",
      "3D",
      "2D",
      "time series",
      "tabular data",
      "sequence",
      "vision",
      "language",
      "multimodal",
      "e-commerce",
      "domain",
      "transfer",
      "adaptation",
      "sampling",
      "regularization",
      "normalization",
      "initialization",
      "attack",
      "defense",
      "privacy",
      "fairness",
      "safety",
      "memory",
      "knowledge"
    ];
    GENERIC_KEYS = new Set(GENERIC.map(aliasKey));
    isGenericKey = (key2) => GENERIC_KEYS.has(key2);
  }
});

// ingest/extract/items.ts
function makeItem(found) {
  return { role: "used", surface: found.name, extraAliases: [], weak: false, ...found };
}
function cueItem(lexicon, cue, field) {
  const known = lexicon.lookup(cue.name).find((c) => c.kind === cue.kind || cue.kind === "method");
  if (cue.kind === "dataset" && !known && lexicon.lookup(cue.name).length > 0) return void 0;
  const role = known && (known.kind === "task" || cue.extractor === "propose-acronym") ? "used" : cue.role;
  return makeItem({
    kind: known?.kind ?? cue.kind,
    role,
    name: known?.name ?? cue.name,
    surface: cue.name,
    extraAliases: cue.aliases,
    ...known ? { concept: known } : {},
    field,
    start: cue.start,
    end: cue.end,
    extractor: cue.extractor,
    confidence: cue.confidence
  });
}
var TASK_HEAD, DATASET_HEAD, NOT_A_CONCEPT;
var init_items = __esm({
  "ingest/extract/items.ts"() {
    "use strict";
    TASK_HEAD = /(?:classification|detection|recognition|segmentation|prediction|forecasting|estimation|generation|translation|answering|retrieval|parsing|tagging|extraction|summari[sz]ation|labell?ing|captioning|completion|search|discovery|locali[sz]ation|tracking|synthesis|understanding|reasoning|adaptation|inpainting|denoising|editing|matching|alignment|verification|imputation|ranking|clustering)$/i;
    DATASET_HEAD = /(?:dataset|benchmark|corpus|treebank)s?$/i;
    NOT_A_CONCEPT = /(?:curve|score|rate|ratio|error|bound|metric|coefficient|university|institute|association|conference|processing unit|error rate|index|agency|organi[sz]ation|act|program(?:me)?|collapse|phenomen(?:on|a)|effect|frame)s?$/i;
  }
});

// ingest/extract/acronym-items.ts
function acronymItems({ field: f, tokens, hits, acronyms, items }) {
  const { field, text } = f;
  for (const d of acronyms) {
    const long = hits.find((h) => h.start === d.longStart && h.end === d.longEnd);
    const known = long?.concept;
    const words = d.long.split(/\s+/);
    const taskTail = !known && words.slice(1).every((w) => !/\p{Lu}/u.test(w)) && hits.some(
      (h) => h.concept.kind === "task" && h.last > h.first && h.end === d.longEnd && h.start > d.longStart
    );
    const kind = known?.kind ?? (taskTail || TASK_HEAD.test(d.long) ? "task" : DATASET_HEAD.test(d.long) ? "dataset" : "method");
    if (!known && (isGeneric(d.long) || NOT_A_CONCEPT.test(d.long) || words.length < 2 && !/-/.test(d.long)))
      continue;
    const name = known?.name ?? d.long.replace(ARTICLE, "");
    if (!known)
      items.push(
        makeItem({
          kind,
          name,
          surface: d.long,
          field,
          start: d.longStart,
          end: d.longEnd,
          extractor: "acronym",
          confidence: 0.75
        })
      );
    const short = d.short.replace(/s$/, "");
    const shortKey = aliasKey(short);
    for (let i = items.length - 1; i >= 0; i--)
      if (items[i].extractor === "lexicon" && aliasKey(items[i].surface) === shortKey) items.splice(i, 1);
    for (const t of shortForms(tokens, text, short))
      items.push(
        makeItem({
          kind,
          name,
          surface: t.text,
          ...known ? { concept: known } : {},
          field,
          start: t.start,
          end: t.end,
          extractor: "acronym",
          confidence: 0.75
        })
      );
  }
}
function shortForms(tokens, text, short) {
  if (!/[-‐]/.test(short)) return tokens.filter((t) => t.text === short || t.text === `${short}s`);
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}\u2010-])${escaped}s?(?![\\p{L}\\p{N}\u2010-])`, "gu"));
  return [...found].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
var ARTICLE;
var init_acronym_items = __esm({
  "ingest/extract/acronym-items.ts"() {
    "use strict";
    init_names();
    init_generic();
    init_items();
    ARTICLE = /^(?:the|a|an|our|novel|new)\s+/i;
  }
});

// ingest/extract/acronyms.ts
function findAcronyms(text) {
  const found = [];
  for (const m of text.matchAll(SHORT)) {
    const short = m[1];
    if (!/[A-Z].*[A-Z0-9]|[0-9].*[A-Z]/.test(short.replace(/s$/, "")) || /^[A-Z][a-z]+$/.test(short))
      continue;
    const before2 = text.slice(Math.max(0, m.index - 160), m.index).replace(/\s+$/, "");
    const clause = before2.split(/[.;:()[\]]|,\s|\bwhich\b|\bthat\b/).pop() ?? "";
    const words = clause.trim().split(/\s+/).filter(Boolean);
    const letters = short.replace(/s$/, "").replace(/[^A-Za-z0-9]/g, "");
    const window = words.slice(-Math.min(letters.length + MAX_EXTRA_WORDS, letters.length * 2)).join(" ");
    const long = bestLongForm(letters, window);
    if (!long || long.length <= short.length || long.split(" ").length > letters.length + MAX_EXTRA_WORDS)
      continue;
    if (!/[\s-]/.test(long) && (long.match(/\p{Lu}/gu)?.length ?? 0) < letters.replace(/\d/g, "").length)
      continue;
    const longEnd = m.index - (text.slice(0, m.index).length - text.slice(0, m.index).trimEnd().length);
    const shortStart = m.index + m[0].indexOf(short);
    found.push({
      long,
      short,
      longStart: longEnd - long.length,
      longEnd,
      shortStart,
      shortEnd: shortStart + short.length
    });
  }
  return found.filter((d) => text.slice(d.longStart, d.longEnd) === d.long);
}
function bestLongForm(short, candidate) {
  let s = short.length - 1;
  let l = candidate.length - 1;
  for (; s >= 0; s--) {
    const c = short[s].toLowerCase();
    while (l >= 0 && (candidate[l].toLowerCase() !== c || s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(candidate[l - 1])))
      l--;
    if (l < 0) return void 0;
    l--;
  }
  const start = candidate.lastIndexOf(" ", l) + 1;
  return candidate.slice(start);
}
var SHORT, MAX_EXTRA_WORDS;
var init_acronyms = __esm({
  "ingest/extract/acronyms.ts"() {
    "use strict";
    SHORT = /\(\s*([A-Za-z][A-Za-z0-9-]{1,11})(?:,? for short)?\s*[);]/g;
    MAX_EXTRA_WORDS = 5;
  }
});

// ingest/extract/words.ts
import nlp from "compromise";
function isStopWord(word) {
  closed ??= wordsTagged(CLOSED, EXTRA_STOPS);
  return closed.has(word);
}
function canBeVerb(word) {
  verbs ??= wordsTagged(VERB, [
    "utilize",
    "utilise",
    "utilizes",
    "utilises",
    "leverage",
    "leverages",
    "employ",
    "employs"
  ]);
  return verbs.has(word);
}
function wordsTagged(tags, extra) {
  const lexicon = nlp.model().one.lexicon;
  const words = new Set(extra);
  for (const [word, tag] of Object.entries(lexicon)) {
    if ((Array.isArray(tag) ? tag : [tag]).some((t) => tags.has(t)) && !word.includes(" ")) words.add(word);
  }
  return words;
}
function looksLikeName(word) {
  if (NOT_NAMES.has(word)) return false;
  return /\p{Lu}/u.test(word) || /\d/.test(word) && /\p{L}/u.test(word);
}
function isCoined(word) {
  return /\p{L}.*\p{Lu}/u.test(word) || /\d/.test(word) && /\p{L}{2}/u.test(word);
}
var CLOSED, VERB, EXTRA_STOPS, closed, verbs, NOT_NAMES;
var init_words = __esm({
  "ingest/extract/words.ts"() {
    "use strict";
    CLOSED = /* @__PURE__ */ new Set([
      "Preposition",
      "Conjunction",
      "Determiner",
      "Pronoun",
      "Possessive",
      "Copula",
      "Modal",
      "QuestionWord",
      "Adverb"
    ]);
    VERB = /* @__PURE__ */ new Set(["Infinitive", "PresentTense", "PastTense", "Gerund", "Participle"]);
    EXTRA_STOPS = [
      "that",
      "which",
      "who",
      "whose",
      "where",
      "when",
      "while",
      "to",
      "is",
      "are",
      "was",
      "were",
      "be",
      "been",
      "can",
      "using",
      "based",
      "via",
      // prepositions the tagger leaves untagged: "improves over big-size Transformers"
      "over",
      "beat",
      "beats",
      "achieves",
      "achieve",
      "outperforms",
      "outperform",
      "improves",
      "improve",
      "enables",
      "allows",
      "uses",
      "use",
      "leverages",
      "leverage",
      "learns",
      "learn",
      "combines",
      "consists",
      "shows",
      "show",
      "yields",
      "provides",
      "has",
      "have",
      "does",
      "do",
      "not",
      "also",
      "both",
      "each",
      "than",
      "as",
      "so",
      "such",
      // "end-to-end training due to lower accuracy"
      "due"
    ];
    NOT_NAMES = /* @__PURE__ */ new Set([
      "A",
      "An",
      "The",
      "We",
      "Our",
      "This",
      "These",
      "In",
      "On",
      "For",
      "To",
      "Its",
      "It",
      "Each",
      "Both",
      "Existing",
      "Recent",
      "Specifically",
      "However",
      "Moreover"
    ]);
  }
});

// ingest/extract/tokens.ts
function keyOf(word) {
  let key2 = KEYS.get(word);
  if (key2 === void 0) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key2 = aliasKey(word);
    KEYS.set(word, key2);
  }
  return key2;
}
function tokenize(text) {
  const tokens = [];
  const push2 = (part, start) => {
    if (part === "s" && /['’]$/.test(text.slice(0, start))) return;
    const key2 = keyOf(part);
    if (!key2) return;
    const low = /^[a-z0-9+#]*$/i.test(part) ? part.toLowerCase() : foldText(part).toLowerCase().replace(/[^a-z0-9+#]/g, "");
    tokens.push({ start, end: start + part.length, text: part, low, key: key2 });
  };
  for (const m of text.matchAll(SCAN)) {
    const word = m[0];
    if (ONE_PART.test(word)) push2(word, m.index);
    else if (!PUNCTUATION.test(word)) for (const p of word.matchAll(PART)) push2(p[0], m.index + p.index);
  }
  return tokens;
}
var SCAN, PART, ONE_PART, PUNCTUATION, wordsOf, KEYS, MAX_KEYS;
var init_tokens = __esm({
  "ingest/extract/tokens.ts"() {
    "use strict";
    init_names();
    SCAN = /[\p{L}\p{N}][\p{L}\p{N}+#._-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]|[,;:()[\]"]/gu;
    PART = /[\p{L}\p{N}]+[+#]*/gu;
    ONE_PART = /^[\p{L}\p{N}]+[+#]*$/u;
    PUNCTUATION = /^[,;:()[\]"]$/;
    wordsOf = (text, offset) => [...text.matchAll(SCAN)].map((m) => ({
      text: m[0],
      start: offset + m.index,
      end: offset + m.index + m[0].length
    }));
    KEYS = /* @__PURE__ */ new Map();
    MAX_KEYS = 2e5;
  }
});

// ingest/extract/datasets.ts
function findDatasetNames(text) {
  const cues = [];
  const add = (words, extractor, confidence) => {
    const names = words.filter((w) => !/^(?:and|or|the)$/i.test(w.text));
    if (names.length === 0 || !names.every((w, i) => looksLikeName(w.text) || i > 0 && /^\d+$/.test(w.text)) || !names.some((w) => /\p{Lu}.*\p{Lu}|\d|^\p{Lu}\p{Ll}+\p{Lu}/u.test(w.text) || names.length === 1))
      return;
    const name = text.slice(names[0].start, names[names.length - 1].end);
    if (isGeneric(name) || /^v\d+(?:\.\d+)*$/i.test(name) || name.split(/[\s-]+/).every((w) => LANGUAGES.has(w.toLowerCase()) || w === "to") || /^(?:Our|This|These|The|Both|All|Several|Two|Three|Many|Public|Real|Large|New)$/i.test(names[0].text))
      return;
    cues.push({
      kind: "dataset",
      role: "used",
      name,
      aliases: [name],
      start: names[0].start,
      end: names[names.length - 1].end,
      extractor,
      confidence
    });
  };
  for (const m of text.matchAll(DATASET_AFTER)) {
    const words = wordsOf(m[1], m.index);
    const tail = [];
    for (let i = words.length - 1; i >= 0 && looksLikeName(words[i].text); i--) tail.unshift(words[i]);
    if (tail.length > 0) add(tail, "dataset-cue", 0.7);
  }
  const list = (at, extractor, confidence) => {
    const chunk = text.slice(at, at + 200);
    const stop = chunk.search(/[.!?;](?:\s|$)/);
    const rest = wordsOf(stop >= 0 ? chunk.slice(0, stop) : chunk, at);
    let item = [];
    for (const w of rest) {
      if (w.text === "," || /^(?:and|or)$/i.test(w.text)) {
        if (item.length > 0) add(item, extractor, confidence);
        item = [];
        continue;
      }
      const inner = item.length > 0 && /^\d+$/.test(w.text);
      if (!looksLikeName(w.text) && !inner || /^[;:()[\]"]$/.test(w.text)) break;
      item.push(w);
    }
    if (item.length > 0) add(item, extractor, confidence);
  };
  for (const m of text.matchAll(DATASET_LIST)) list(m.index + m[0].length, "dataset-list", 0.6);
  for (const m of text.matchAll(EVAL_LIST)) {
    const before2 = cues.length;
    list(m.index + m[0].length, "dataset-eval-list", 0.55);
    if (cues.length - before2 < 2) cues.splice(before2);
  }
  return cues;
}
var DATASET_AFTER, DATASET_LIST, EVAL_LIST, LANGUAGES;
var init_datasets = __esm({
  "ingest/extract/datasets.ts"() {
    "use strict";
    init_generic();
    init_words();
    init_tokens();
    DATASET_AFTER = /\b((?:[\p{L}\p{N}][\p{L}\p{N}'’+.-]*\s+){1,4}?)(?:datasets?|benchmarks?|corpus|corpora)\b/giu;
    DATASET_LIST = /\b(?:datasets?|benchmarks?|corpora)\s*(?:,\s*)?(?:such as|including|like|namely|i\.e\.,?|e\.g\.,?|:|\()\s*/gi;
    EVAL_LIST = /\b(?:experiments?|evaluat(?:e|es|ed|ing|ion)|results?|tested|tests?|trained|benchmarked|outperforms?\s+\S+)\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?/gi;
    LANGUAGES = new Set(
      "english german french spanish chinese japanese korean russian arabic hindi italian portuguese dutch czech romanian turkish vietnamese vi en de fr es zh ja ko ru ar cs ro tr multilingual monolingual".split(
        " "
      )
    );
  }
});

// ingest/extract/idioms.ts
function isIdiom(hit, text) {
  const low = hit.surface.toLowerCase();
  const before2 = text.slice(Math.max(0, hit.start - 80), hit.start);
  if (low === "attention") return ATTENTION_IDIOM.test(before2);
  if (low === "recommendations")
    return ADVICE_BEFORE.test(before2) || ADVICE_AFTER.test(text.slice(hit.end, hit.end + 40));
  if (/^distill(?:s|ed|ing)?$/.test(low))
    return !DISTILLED_INTO_A_MODEL.test(text.slice(hit.end, hit.end + 140));
  if (low === "teacher-student") return CLASSROOM.test(text.slice(hit.end, hit.end + 40));
  return false;
}
var ATTENTION_IDIOM, ADVICE_BEFORE, ADVICE_AFTER, MODEL_NOUN, DISTILLED_INTO_A_MODEL, CLASSROOM;
var init_idioms = __esm({
  "ingest/extract/idioms.ts"() {
    "use strict";
    ATTENTION_IDIOM = /\b(?:attract(?:s|ed|ing)?|gain(?:s|ed|ing)?|garner(?:s|ed|ing)?|draw(?:s|n|ing)?|drew|receiv(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|deserv(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|grab(?:s|bed|bing)?|devot(?:e|es|ed|ing)|bring(?:s|ing)?|brought)(?:\s+(?:a|an|the|much|more|less|most|little|some|any|no|special|particular|close|considerable|significant|substantial|increasing|increased|growing|great|greater|wide|widespread|broad|lots\s+of|a\s+lot\s+of|enormous|tremendous|extensive|renewed|careful|research|scholarly|public)){0,3}\s+$/i;
    ADVICE_BEFORE = /\b(?:practical|actionable|policy|design|concrete|our|several|general|key)\s+$/i;
    ADVICE_AFTER = /^\s+(?:for\s+(?:further|future|practitioners|researchers|designers|policymakers|how)|on\s+how)\b/i;
    MODEL_NOUN = String.raw`(?:models?|networks?|nets?|students?|classifiers?|trees?|generators?|explainers?|encoders?|decoders?|transformers?|policy|policies|LMs?|LLMs?|BERT)\b`;
    DISTILLED_INTO_A_MODEL = new RegExp(
      String.raw`^[^.;]{0,100}?\b(?:students?|teachers?|(?:into|from|smaller|compact|lightweight),?\s+(?:[\w-]+,?\s+){0,4}?${MODEL_NOUN})`,
      "i"
    );
    CLASSROOM = /^\s+(?:dialog(?:ue)?s?|interactions?|relationships?|conversations?|classrooms?|communication|ratios?)\b/i;
  }
});

// ingest/extract/inverted.ts
function findInvertedTasks(lexicon, tokens, text) {
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    const low = tokens[i].low;
    if (/^learners?$/.test(low) && i > 0) {
      const learning = learningBefore(lexicon, tokens, text, i);
      if (learning) found.push(learning);
      continue;
    }
    const after2 = tokens[i - 1]?.low === "to" || /ly$/.test(tokens[i - 1]?.low ?? "") && tokens[i - 2]?.low === "to";
    let noun = GERUNDS.get(low) ?? (after2 ? NOMINAL[low] : void 0);
    let first = i + 1;
    if (!noun && OF_HEADS.has(low) && tokens[i + 1]?.low === "of") {
      noun = low;
      first = i + 2;
    }
    if (!noun) continue;
    const the = tokens[first]?.low === "the";
    if (the) first++;
    const object = objectAt(tokens, text, first);
    if (noun === "answering" && (the || !/s$/.test(object?.[object.length - 1]?.low ?? ""))) continue;
    const concept = object && knownTask(lexicon, object, noun);
    if (!concept) continue;
    const end = object[object.length - 1].end;
    found.push({
      concept,
      start: tokens[i].start,
      end,
      surface: text.slice(tokens[i].start, end)
    });
  }
  return found;
}
function objectAt(tokens, text, first) {
  const object = [];
  for (let j = first; j < tokens.length; j++) {
    const t = tokens[j];
    if (!/^(?:\s|-)$/.test(text.slice(tokens[j - 1].end, t.start)) || isStopWord(t.low)) break;
    if (QUANTITY.test(t.low) || object.length === MAX_OBJECT) return void 0;
    object.push(t);
  }
  return object.length > 0 ? object : void 0;
}
function knownTask(lexicon, object, noun) {
  for (let from = 0; from < object.length; from++) {
    const part = object.slice(from).map((w) => w.key).join(" ");
    if (VAGUE_OBJECT.has(part)) continue;
    const task = lexicon.lookup(`${part} ${noun}`).find((c) => c.kind === "task");
    if (task) return task;
  }
  return void 0;
}
function learningBefore(lexicon, tokens, text, at) {
  for (let from = Math.max(0, at - 2); from < at; from++) {
    const words = tokens.slice(from, at + 1);
    if (words.some((w, k) => k > 0 && !/^(?:\s|-)$/.test(text.slice(words[k - 1].end, w.start)))) continue;
    const name = `${words.slice(0, -1).map((w) => w.low).join(" ")} learning`;
    const concept = lexicon.lookup(name).find((c) => c.kind === "task");
    if (concept)
      return {
        concept,
        start: words[0].start,
        end: tokens[at].end,
        surface: text.slice(words[0].start, tokens[at].end)
      };
  }
  return void 0;
}
function findTasksOf(lexicon, tokens, text, hits) {
  const found = [];
  for (const h of hits) {
    if (h.concept.kind !== "task" || tokens[h.last + 1]?.low !== "of") continue;
    const first = tokens[h.last + 2]?.low === "the" ? h.last + 3 : h.last + 2;
    const object = tokens[first] && objectAt(tokens, text, first);
    const concept = object && knownTask(lexicon, object, h.surface.toLowerCase());
    if (!concept || concept === h.concept) continue;
    const end = object[object.length - 1].end;
    found.push({ concept, start: h.start, end, surface: text.slice(h.start, end) });
  }
  return found;
}
var NOMINAL, GERUNDS, OF_HEADS, MAX_OBJECT, VAGUE_OBJECT, QUANTITY;
var init_inverted = __esm({
  "ingest/extract/inverted.ts"() {
    "use strict";
    init_words();
    NOMINAL = {
      answer: "answering",
      caption: "captioning",
      classify: "classification",
      cluster: "clustering",
      complete: "completion",
      detect: "detection",
      estimate: "estimation",
      extract: "extraction",
      forecast: "forecasting",
      generate: "generation",
      identify: "identification",
      impute: "imputation",
      localize: "localization",
      localise: "localization",
      parse: "parsing",
      predict: "prediction",
      rank: "ranking",
      recognize: "recognition",
      recognise: "recognition",
      recommend: "recommendation",
      reconstruct: "reconstruction",
      retrieve: "retrieval",
      segment: "segmentation",
      summarize: "summarization",
      summarise: "summarization",
      synthesize: "synthesis",
      synthesise: "synthesis",
      track: "tracking",
      translate: "translation"
    };
    GERUNDS = /* @__PURE__ */ new Map();
    for (const [verb, noun] of Object.entries(NOMINAL)) {
      GERUNDS.set(`${verb.replace(/e$/, "")}ing`, noun);
    }
    OF_HEADS = new Set(Object.values(NOMINAL));
    MAX_OBJECT = 3;
    VAGUE_OBJECT = /* @__PURE__ */ new Set([
      "data",
      "model",
      "feature",
      "information",
      "result",
      "sample",
      "output",
      "input",
      "value",
      "solution",
      "parameter"
    ]);
    QUANTITY = /^(?:\d+|one|two|three|four|five|six|several|multiple|many|all|each|every|some|various|different|both)$/;
  }
});

// ingest/extract/matcher.ts
function buildMatcher(lexicon) {
  const curated = new Set(CURATED.map((c) => `${c.kind}:${c.name}`));
  const index = /* @__PURE__ */ new Map();
  const prefixes = /* @__PURE__ */ new Set();
  for (const concept of lexicon.concepts) {
    const core = curated.has(`${concept.kind}:${concept.name}`);
    for (const form of /* @__PURE__ */ new Set([concept.name, ...concept.aliases])) {
      const tokens = form.match(/[\p{L}\p{N}]+[+#]*/gu);
      if (!tokens) continue;
      const key2 = aliasKey(form);
      if (!key2) continue;
      const single = tokens.length === 1;
      const needsCase = /\p{Lu}/u.test(form) && (single || concept.kind === "dataset" || /\p{L}\p{Lu}/u.test(form));
      const entry = {
        concept,
        ...needsCase ? { exact: alnum(form) } : {},
        weak: !core && /^[A-Z0-9]{2,3}s?$/.test(alnum(form)),
        plainWord: !core && single && /^\p{Lu}\p{Ll}+$/u.test(form)
      };
      const list = index.get(key2);
      if (list) list.push(entry);
      else index.set(key2, [entry]);
      for (let i = 1; i < key2.length; i++) prefixes.add(key2.slice(0, i));
    }
  }
  const accepts = (entry, surface, start, sentenceStarts) => {
    if (entry.plainWord && sentenceStarts.has(start)) return false;
    if (!entry.exact) return true;
    const letters = alnum(surface);
    return letters.startsWith(entry.exact) && ["", "s", "es"].includes(letters.slice(entry.exact.length));
  };
  return {
    match(tokens, text, sentenceStarts) {
      const hits = [];
      for (let i = 0; i < tokens.length; ) {
        let best;
        let prefix = "";
        for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
          if (j > i && !joins(text, tokens[j - 1], tokens[j])) break;
          const entries = index.get(prefix + tokens[j].key);
          if (entries) {
            const start = tokens[i].start;
            const surface = text.slice(start, tokens[j].end);
            const entry = entries.find((e) => accepts(e, surface, start, sentenceStarts));
            if (entry)
              best = {
                concept: entry.concept,
                first: i,
                last: j,
                start,
                end: tokens[j].end,
                surface,
                weak: entry.weak
              };
          }
          prefix += tokens[j].low;
          if (!prefixes.has(prefix)) break;
        }
        if (best) {
          hits.push(best);
          i = best.last + 1;
        } else i++;
      }
      return hits;
    }
  };
}
function joins(text, a, b) {
  const gap = text.slice(a.end, b.start);
  return /^(?:\s|[-‐‑–/]\s?)$/.test(gap) || gap === "." && /\d$/.test(a.text) && /^\d/.test(b.text);
}
var MAX_TOKENS, alnum;
var init_matcher = __esm({
  "ingest/extract/matcher.ts"() {
    "use strict";
    init_curated();
    init_names();
    MAX_TOKENS = 10;
    alnum = (s) => s.replace(/[^\p{L}\p{N}]/gu, "");
  }
});

// ingest/extract/sentences.ts
function splitSentences(text) {
  const sentences = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["')\]]?\s+(?=[A-Z0-9("[])/g)) {
    const end = m.index + 1;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
    push(sentences, text, start, end);
    start = m.index + m[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}
function push(sentences, text, start, end) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) sentences.push({ start: start + lead, end: start + lead + body.length, text: body });
}
function sentenceAt(sentences, at) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var ABBREVIATION;
var init_sentences = __esm({
  "ingest/extract/sentences.ts"() {
    "use strict";
    ABBREVIATION = /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Figs|Eq|Eqs|Sec|resp|approx|No|Dr|Mr|Ms)|\b[A-Z])\.$/;
  }
});

// ingest/extract/merge.ts
function merge(items, fields) {
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  const keyed = /* @__PURE__ */ new Map();
  const keyOf2 = (s) => {
    let k = keyed.get(s);
    if (k === void 0) keyed.set(s, k = aliasKey(s));
    return k;
  };
  for (const item of items) {
    const keys = (item.key !== void 0 ? [item.key] : [item.name, item.surface, ...item.extraAliases].map(keyOf2)).filter(Boolean).map((k) => `${item.kind}:${k}`);
    let group2 = keys.map((k) => byKey.get(k)).find((g) => g !== void 0);
    if (!group2) groups.push(group2 = []);
    group2.push(item);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, group2);
  }
  const merged = [];
  for (const group2 of groups) {
    if (group2.every((i) => i.weak)) continue;
    const lexical = group2.find((i) => i.concept);
    const proposal = group2.find((i) => i.role === "proposed");
    const head = proposal && !lexical?.concept ? proposal : lexical ?? group2[0];
    if (isGenericKey(keyOf2(head.name))) continue;
    const best = [...group2].sort(
      (a, b) => b.confidence - a.confidence || (a.field === b.field ? a.start - b.start : a.field === "abstract" ? -1 : 1)
    )[0];
    const f = fields.find((x) => x.field === best.field);
    const sentence = f.sentences[sentenceAt(f.sentences, best.start)]?.text ?? f.text;
    const aliases = [...new Set(group2.flatMap((i) => [i.surface, ...i.extraAliases]))];
    const mention = {
      kind: proposal?.kind === "dataset" ? "dataset" : head.kind,
      role: proposal ? "proposed" : "used",
      name: head.name,
      aliases,
      origin: lexical ? "lexicon" : "discovered",
      evidence: {
        sentence,
        start: best.start,
        end: best.end,
        field: best.field,
        confidence: best.confidence,
        extractor: best.extractor
      }
    };
    const conceptGroup = {
      name: mention.name,
      kind: mention.kind,
      proposed: mention.role === "proposed",
      parents: lexical?.concept?.parents ?? [],
      alternativeTo: lexical?.concept?.alternativeTo ?? [],
      keys: new Set(aliases.concat(mention.name).map(keyOf2))
    };
    const occurrences2 = group2.map((i) => ({ group: conceptGroup, field: i.field, start: i.start, end: i.end })).sort((a, b) => a.start - b.start);
    merged.push({ mention, group: conceptGroup, occurrences: occurrences2, items: group2 });
  }
  const datasets = new Set(
    merged.filter((m) => m.mention.kind === "dataset" && m.mention.role === "proposed").flatMap((m) => [...m.group.keys])
  );
  return dropVagueTasks(
    fields,
    merged.filter(
      (m) => !(m.mention.kind === "method" && m.mention.role === "proposed" && [...m.group.keys].some((k) => datasets.has(k)))
    )
  );
}
function dropVagueTasks(fields, merged) {
  const specific = merged.some(
    (m) => m.mention.kind === "task" && m.mention.name !== "classification" && /classification$/i.test(m.mention.name)
  );
  const tasks = merged.filter((m) => m.mention.kind === "task").length;
  const vague = (m) => m.mention.kind === "task" && m.mention.name === "classification" && (specific || tasks > 1 && m.occurrences.length < 2 && !m.occurrences.some((o) => o.field === "title"));
  return merged.filter((m) => !vague(m) && !onlyAttributive(fields, m));
}
function onlyAttributive(fields, m) {
  if (m.mention.kind !== "task" || !BARE_TASK.has(m.mention.name)) return false;
  if (m.mention.aliases.some((a) => a.toLowerCase() !== m.mention.name)) return false;
  return m.occurrences.every((o) => {
    const text = fields.find((f) => f.field === o.field)?.text ?? "";
    return DESCRIBED.test(text.slice(o.end, o.end + 30));
  });
}
var BARE_TASK, DESCRIBED;
var init_merge = __esm({
  "ingest/extract/merge.ts"() {
    "use strict";
    init_names();
    init_generic();
    init_sentences();
    BARE_TASK = /* @__PURE__ */ new Set(["classification", "clustering", "regression"]);
    DESCRIBED = /^[\s-]+(?:networks?|models?|methods?|algorithms?|approach(?:es)?|heads?|layers?|loss(?:es)?|propert(?:y|ies)|structures?|behaviou?rs?|phenomen(?:on|a)|frameworks?|modules?|schemes?|techniques?|procedures?|pipelines?|objectives?)\b/i;
  }
});

// ingest/extract/model/features.ts
function shape(word) {
  let out = "";
  let last = "";
  for (const ch of word) {
    const mark = ch >= "a" && ch <= "z" ? "a" : ch >= "A" && ch <= "Z" ? "A" : ch >= "0" && ch <= "9" ? "0" : classify(ch);
    if (mark !== last || mark !== "a" && mark !== "A" && mark !== "0") {
      if (mark === last && mark === " ") continue;
      out += mark;
      if (out.length >= 8) break;
    }
    last = mark;
  }
  return out;
}
function classify(ch) {
  if (/\p{Lu}/u.test(ch)) return "A";
  if (/\p{Ll}/u.test(ch)) return "a";
  if (/\p{N}/u.test(ch)) return "0";
  return ch === "\u2010" ? "-" : ch;
}
function candidateFeatures(c, fields, cues) {
  const f = [];
  const words = c.name.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);
  const head = words[words.length - 1] ?? "";
  const first = words[0] ?? "";
  const n2 = Math.min(words.length, 5);
  f.push(
    `fs3=${first.slice(-3)}`,
    `head=${head}`,
    `first=${first}`,
    `nw=${n2}`,
    `hs3=${head.slice(-3)}`,
    `hs4=${head.slice(-4)}`
  );
  if (words.length > 1) f.push(`head2=${words.slice(-2).join(" ")}`);
  const extractors = new Set(c.items.map((i) => i.extractor.replace(/-\d+$/, "")));
  const src = extractors.size === 1 && extractors.has("phrase") ? "p" : extractors.size === 1 && extractors.has("tagger") ? "t" : "r";
  f.push(`${src}|head=${head}`, `${src}|first=${first}`, `${src}|nw=${n2}`);
  for (const x of extractors) f.push(`x=${x}`, `x=${x}|k=${c.kind}`);
  if (extractors.size === 1 && extractors.has("phrase")) f.push("only-phrase");
  const tagged = c.items.find((i) => i.extractor === "tagger");
  if (tagged) f.push(`tc=${Math.floor((tagged.confidence - 0.1) * 50)}`, `tk=${tagged.kind}|${c.kind}`);
  f.push(`k=${c.kind}`, `r=${c.role}|k=${c.kind}`, `nx=${Math.min(extractors.size, 3)}`);
  const concept = c.items.find((i) => i.concept)?.concept;
  if (concept) {
    const src2 = CURATED_NAMES.has(`${concept.kind}:${concept.name}`) ? "core" : "pwc";
    f.push(`lex=${src2}`, `lex=${src2}|${concept.kind}`, `lex=${src2}|k=${c.kind}`);
    if (concept.parents.length > 0) f.push("lex-parent");
  }
  if (c.items.some((i) => i.weak)) f.push("weak");
  for (const s of [c.items[0].surface]) {
    f.push(`${src}|shape=${shape(s)}`);
    if (/^\p{Lu}{2,}s?$/u.test(s)) f.push("acronym");
    if (/\p{Ll}\p{Lu}/u.test(s)) f.push("camel");
    if (/\d/.test(s)) f.push("digit");
    if (/[‐-]/.test(s)) f.push("hyphen");
    if (s.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) f.push("capitalised");
    if (s === s.toLowerCase()) f.push("lower");
  }
  const tail = words.slice(-2).join(" ");
  if (TASK_HEAD.test(tail)) f.push("task-head");
  if (DATASET_HEAD.test(tail)) f.push("dataset-head");
  if (NOT_A_CONCEPT.test(tail)) f.push("not-a-concept-head");
  const inTitle = c.items.some((i) => i.field === "title");
  const inAbstract = c.items.filter((i) => i.field === "abstract");
  if (inTitle) f.push("in-title", `in-title|k=${c.kind}`, `${src}|in-title`);
  const title = fields.find((x) => x.field === "title")?.text ?? "";
  if (inTitle && /:/.test(title) && c.items.some((i) => i.field === "title" && i.end <= title.indexOf(":")))
    f.push("title-lead");
  f.push(`occ=${Math.min(new Set(inAbstract.map((i) => i.start)).size, 4)}`);
  const abstract = fields.find((x) => x.field === "abstract");
  const firstItem = [...inAbstract].sort((a, b) => a.start - b.start)[0];
  if (abstract && firstItem) {
    const si = abstract.sentences.findIndex((s) => s.start <= firstItem.start && firstItem.start < s.end);
    const last = abstract.sentences.length - 1;
    f.push(`sent=${si === 0 ? "first" : si === last ? "last" : si === 1 ? "second" : "mid"}`);
    const sentence = abstract.sentences[si]?.text ?? "";
    const before2 = abstract.text.slice(Math.max(0, firstItem.start - 40), firstItem.start);
    const after2 = abstract.text.slice(firstItem.end, firstItem.end + 30);
    const back = before2.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    if (back[back.length - 1] === "") back.pop();
    const prev = back[back.length - 1];
    const next = /^\W*([\p{L}\p{N}]+)/u.exec(after2)?.[1]?.toLowerCase();
    if (prev && /^[\s‐-]?$/.test(before2.slice(-1)) && !isStopWord(prev)) f.push(`${src}|left-open`);
    if (next && /^[\s‐-]\p{L}/u.test(after2) && !isStopWord(next)) f.push(`${src}|right-open`);
    if (prev) f.push(`${src}|prev=${prev}`);
    if (next) f.push(`${src}|next=${next}`);
    if (/^\s*\(/.test(after2)) f.push("paren-after");
    if (/\(\s*$/.test(before2)) f.push("in-paren");
    if (/^\s*,/.test(after2)) f.push("comma-after");
    let cue = cues?.get(si);
    if (cue === void 0) {
      cue = { propose: PROPOSE.test(sentence), use: USE.test(sentence), evaluate: EVAL.test(sentence) };
      cues?.set(si, cue);
    }
    if (cue.propose) f.push("s-propose", `s-propose|k=${c.kind}`);
    if (cue.use) f.push("s-use");
    if (cue.evaluate) f.push(`s-eval|k=${c.kind}`);
  }
  return f;
}
var CURATED_NAMES, PROPOSE, USE, EVAL, GUESSING_FINDERS, onlyGuessed;
var init_features = __esm({
  "ingest/extract/model/features.ts"() {
    "use strict";
    init_items();
    init_curated();
    init_words();
    CURATED_NAMES = new Set(CURATED.map((c) => `${c.kind}:${c.name}`));
    PROPOSE = /\b(?:we|this (?:paper|work)|our)\b[^.]{0,60}?\b(?:propose|introduce|present|develop|design|devise|call|name|dub|term)/i;
    USE = /\b(?:using|use|uses|used|apply|applied|employ|leverag|adopt|based on|built on|via|with)\b/i;
    EVAL = /\b(?:on|dataset|benchmark|corpus|experiments?|evaluat|outperform|accuracy|results?)\b/i;
    GUESSING_FINDERS = /* @__PURE__ */ new Set(["phrase", "tagger"]);
    onlyGuessed = (m) => m.items.every((i) => GUESSING_FINDERS.has(i.extractor));
  }
});

// ingest/extract/model/relation-pairs.ts
function methodPairs(concepts2, fields, decided = /* @__PURE__ */ new Set()) {
  const methods = concepts2.filter((m) => m.group.kind === "method");
  const pairs = [];
  const sentence = /* @__PURE__ */ new Map();
  for (const m of methods)
    for (const o of m.occurrences) {
      const f = fields.find((x) => x.field === o.field);
      sentence.set(o, `${o.field}:${sentenceAt(f.sentences, o.start)}`);
    }
  const nameKey = new Map(methods.map((m) => [m, aliasKey(m.mention.name)]));
  for (const a of methods)
    for (const b of methods) {
      if (a === b || decided.has(`${a.group.name}|${b.group.name}`)) continue;
      const aKey = nameKey.get(a);
      const suffix = [...b.group.keys].some(
        (k) => k.length >= MIN_HEAD && aKey.length > k.length && aKey.endsWith(k)
      );
      let together;
      for (const oa of a.occurrences) {
        const ob = b.occurrences.find((o) => sentence.get(o) === sentence.get(oa));
        if (ob) {
          together = [oa, ob];
          break;
        }
      }
      if (!together && !suffix) continue;
      const f = [];
      const pp = `pp=${a.group.proposed ? 1 : 0}${b.group.proposed ? 1 : 0}`;
      f.push(pp);
      if (suffix) f.push("suffix", `suffix|${pp}`);
      if (a.group.parents.includes(b.group.name)) f.push("lex-parent");
      if (a.group.alternativeTo.includes(b.group.name)) f.push("lex-alternative");
      if (a.items.some((i) => i.concept)) f.push("from-known");
      if (b.items.some((i) => i.concept)) f.push("to-known");
      if (together) {
        const [oa, ob] = together;
        const text = fields.find((x) => x.field === oa.field).text;
        const first = oa.start <= ob.start ? "from-first" : "to-first";
        const between = text.slice(Math.min(oa.end, ob.end), Math.max(oa.start, ob.start)).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        f.push("together", first, `${first}|${pp}`, `in-${oa.field}`);
        if (between.length > MAX_BETWEEN) f.push(`far|${first}`);
        else {
          f.push(`gap=${Math.min(between.length, 4)}|${first}`);
          for (const w of between) f.push(`btw=${w}`, `btw=${w}|${first}`);
        }
        pairs.push({ from: a, to: b, features: f, at: oa });
      } else pairs.push({ from: a, to: b, features: f, at: a.occurrences[0] });
    }
  return pairs;
}
function pairRelation(pair, type, confidence, fields) {
  const f = fields.find((x) => x.field === pair.at.field);
  const s = f.sentences[sentenceAt(f.sentences, pair.at.start)];
  return {
    from: pair.from.group.name,
    type,
    to: pair.to.group.name,
    evidence: {
      sentence: s?.text ?? f.text,
      start: pair.at.start,
      end: pair.at.end,
      field: pair.at.field,
      confidence,
      extractor: "relation-model"
    }
  };
}
var RELATION_CLASSES, MAX_BETWEEN, MIN_HEAD;
var init_relation_pairs = __esm({
  "ingest/extract/model/relation-pairs.ts"() {
    "use strict";
    init_names();
    init_sentences();
    RELATION_CLASSES = ["none", "ALTERNATIVE_TO", "VARIANT_OF"];
    MAX_BETWEEN = 8;
    MIN_HEAD = 3;
  }
});

// ingest/extract/model/logreg.ts
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function scorer(model) {
  return { classes: model.classes, weights: new Map(Object.entries(model.weights)), bias: model.bias };
}
function predict(model, features) {
  const scores = model.bias.slice();
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < scores.length; c++) scores[c] += w[c];
  }
  return softmax(scores);
}
function softmax(scores) {
  const max = Math.max(...scores);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c] - max);
  for (let c = 0; c < scores.length; c++) scores[c] /= sum;
  return scores;
}
var init_logreg = __esm({
  "ingest/extract/model/logreg.ts"() {
    "use strict";
  }
});

// ingest/extract/model/tagger.ts
var tagger_exports = {};
__export(tagger_exports, {
  TAGS: () => TAGS,
  goldTags: () => goldTags,
  taggedItem: () => taggedItem,
  tagger: () => tagger,
  trainTagger: () => trainTagger,
  wordFeatures: () => wordFeatures,
  wordPriors: () => wordPriors
});
function wordPriors(lexicon) {
  const counts = /* @__PURE__ */ new Map();
  const count2 = (word, what) => {
    let c = counts.get(word);
    if (!c) counts.set(word, c = /* @__PURE__ */ new Map());
    c.set(what, (c.get(what) ?? 0) + 1);
  };
  for (const c of lexicon.concepts)
    for (const name of new Set([c.name, ...c.aliases].map(norm))) {
      const words = wordsOf(name, 0);
      words.forEach((w, i) => count2(w.text, i === words.length - 1 ? `ends-${c.kind}` : "inside"));
    }
  const priors = /* @__PURE__ */ new Map();
  for (const [word, c] of counts)
    priors.set(
      word,
      [...c].filter(([, n2]) => n2 >= 2).map(([what, n2]) => `${what}${Math.min(6, Math.floor(Math.log2(n2)))}`)
    );
  return priors;
}
function wordFeatures(word, offset, priors) {
  const low = norm(word);
  const known = priors.get(low) ?? [];
  if (offset !== 0) {
    const f2 = [`${offset}w=${low}`];
    if (offset === -1 || offset === 1)
      f2.push(`${offset}s=${shape(word)}`, ...known.map((k) => `${offset}${k}`));
    return f2;
  }
  const f = [
    `w=${low}`,
    `s=${shape(word)}`,
    `x3=${low.slice(-3)}`,
    `x4=${low.slice(-4)}`,
    `p3=${low.slice(0, 3)}`
  ];
  if (/^\p{Lu}/u.test(word)) f.push("cap");
  if (isStopWord(low)) f.push("stop");
  else if (canBeVerb(low)) f.push("verb");
  f.push(...known.length > 0 ? known : ["unknown"]);
  return f;
}
function slotFeatures(slots, i, title) {
  const f = ["bias"];
  const lex2 = slots[i].lexicon;
  if (lex2) f.push(`lex=${lex2}`, `lex=${lex2}|w=${norm(slots[i].word.text)}`);
  const prev = slots[i - 1]?.lexicon;
  if (prev) f.push(`-1lex=${prev}`);
  if (i === 0) f.push("first");
  if (title) f.push("title", `title|s=${shape(slots[i].word.text)}`);
  return f;
}
function featuresAt(slots, i, title, priors) {
  const f = slotFeatures(slots, i, title);
  for (const o of OFFSETS) {
    const s = slots[i + o];
    f.push(...s ? wordFeatures(s.word.text, o, priors) : [`${o}w=<edge>`]);
  }
  return f;
}
function sentencesOf(field, hits) {
  const words = wordsOf(field.text, 0);
  const out = [];
  let w = 0;
  let h = 0;
  for (const s of field.sentences) {
    const slots = [];
    for (; w < words.length && words[w].start < s.end; w++) {
      const word = words[w];
      if (word.start < s.start) continue;
      while (h < hits.length && hits[h].end <= word.start) h++;
      const hit = hits.slice(h, h + 3).find((x) => x.start <= word.start && word.end <= x.end);
      const lexicon = hit ? `${hit.start === word.start ? "B" : "I"}-${hit.concept.kind}` : "";
      slots.push({ word, lexicon });
    }
    if (slots.length > 0) out.push(slots);
  }
  return out;
}
function viterbi(e, n2, trans) {
  const score2 = new Float64Array(n2 * T);
  const back = new Int8Array(n2 * T);
  for (let t = 0; t < T; t++) score2[t] = ALLOWED[T * T + t] ? e[t] + trans[T * T + t] : -Infinity;
  for (let i = 1; i < n2; i++)
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const s = score2[(i - 1) * T + p] + trans[p * T + t];
        if (s > best) [best, arg] = [s, p];
      }
      score2[i * T + t] = best + e[i * T + t];
      back[i * T + t] = arg;
    }
  const path = new Array(n2);
  let last = 0;
  for (let t = 1; t < T; t++) if (score2[(n2 - 1) * T + t] > score2[(n2 - 1) * T + last]) last = t;
  for (let i = n2 - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * T + last];
  }
  return path;
}
function spansOf(slots, path, e, text) {
  const spans = [];
  for (let i = 0; i < path.length; i++) {
    const tag = path[i];
    if (tag === 0 || tag % 2 === 0) continue;
    let j = i;
    while (j + 1 < path.length && path[j + 1] === tag + 1) j++;
    let margin = Infinity;
    for (let k = i; k <= j; k++) margin = Math.min(margin, e[k * T + path[k]] - e[k * T]);
    const start = slots[i].word.start;
    const end = slots[j].word.end;
    spans.push({ kind: KINDS[(tag - 1) / 2], start, end, text: text.slice(start, end), margin });
    i = j;
  }
  return spans;
}
function tagger(model, priors) {
  const weights = new Map(Object.entries(model.weights));
  const cache = OFFSETS.map(() => /* @__PURE__ */ new Map());
  const add = (into, at, feature) => {
    const w = weights.get(feature);
    if (w) for (let t = 0; t < T; t++) into[at + t] += w[t];
  };
  const wordSum = (word, o) => {
    const c = cache[o + 2];
    let sum = c.get(word);
    if (sum === void 0) {
      if (c.size >= MAX_CACHED_WORDS) c.clear();
      sum = new Float64Array(T);
      for (const f of wordFeatures(word, o, priors)) add(sum, 0, f);
      c.set(word, sum);
    }
    return sum;
  };
  const edge = OFFSETS.map((o) => {
    const sum = new Float64Array(T);
    add(sum, 0, `${o}w=<edge>`);
    return sum;
  });
  const slotSums = /* @__PURE__ */ new Map();
  const slotSum = (slots, i, title) => {
    const { lexicon, word } = slots[i];
    const reads = title || lexicon ? word.text : "";
    const key2 = `${lexicon}${slots[i - 1]?.lexicon ?? ""}${i === 0 ? 1 : 0}${title ? 1 : 0}${reads}`;
    let sum = slotSums.get(key2);
    if (sum === void 0) {
      if (slotSums.size >= MAX_CACHED_WORDS) slotSums.clear();
      sum = new Float64Array(T);
      for (const f of slotFeatures(slots, i, title)) add(sum, 0, f);
      slotSums.set(key2, sum);
    }
    return sum;
  };
  return {
    tag(field, hits) {
      const title = field.field === "title";
      const spans = [];
      for (const slots of sentencesOf(field, hits)) {
        const n2 = slots.length;
        const e = new Float64Array(n2 * T);
        for (let i = 0; i < n2; i++) {
          const at = i * T;
          const own = slotSum(slots, i, title);
          for (let t = 0; t < T; t++) e[at + t] = own[t];
          for (let k = 0; k < OFFSETS.length; k++) {
            const o = OFFSETS[k];
            const s = slots[i + o];
            const sum = s ? wordSum(s.word.text, o) : edge[k];
            for (let t = 0; t < T; t++) e[at + t] += sum[t];
          }
        }
        spans.push(...spansOf(slots, viterbi(e, n2, model.transitions), e, field.text));
      }
      return spans;
    }
  };
}
function goldTags(words, names) {
  const keys = words.map((w) => key(w.text));
  const forms = names.map((n2) => ({ kind: n2.kind, words: wordsOf(n2.surface, 0).map((w) => key(w.text)) })).filter((f) => f.words.length > 0 && f.words.join("").length > 1).sort((a, b) => b.words.length - a.words.length);
  const tags = new Array(words.length).fill(0);
  for (const f of forms)
    for (let i = 0; i + f.words.length <= words.length; i++) {
      if (!f.words.every((w, k) => keys[i + k] === w && tags[i + k] === 0)) continue;
      const b = 1 + 2 * KINDS.indexOf(f.kind);
      f.words.forEach((_, k) => tags[i + k] = k === 0 ? b : b + 1);
    }
  return tags;
}
function trainTagger(fields, priors, s) {
  const sentences = fields.flatMap(
    ({ field, hits, names: names2 }) => sentencesOf(field, hits).map((slots) => ({
      features: slots.map((_, i) => featuresAt(slots, i, field.field === "title", priors)),
      gold: goldTags(
        slots.map((s2) => s2.word),
        names2
      )
    }))
  );
  const counts = /* @__PURE__ */ new Map();
  for (const x of sentences)
    for (const fs of x.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n2]) => n2 >= s.minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = sentences.map((x) => ({
    ids: x.features.map((fs) => fs.map((f) => index.get(f)).filter((i) => i !== void 0)),
    gold: x.gold
  }));
  const w = new Float64Array(names.length * T);
  const total = new Float64Array(names.length * T);
  const stamp = new Float64Array(names.length * T);
  const tr = new Float64Array((T + 1) * T);
  const trTotal = new Float64Array((T + 1) * T);
  const trStamp = new Float64Array((T + 1) * T);
  let clock = 0;
  const bump = (v, sum, at, i, by) => {
    sum[i] += (clock - at[i]) * v[i];
    at[i] = clock;
    v[i] += by;
  };
  const rnd = random(s.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      clock++;
      const { ids, gold } = rows[r];
      const n2 = gold.length;
      const e = new Float64Array(n2 * T);
      ids.forEach((fs, i) => {
        for (const id of fs) for (let t = 0; t < T; t++) e[i * T + t] += w[id * T + t];
      });
      const guess = viterbi(e, n2, tr);
      for (let i = 0; i < n2; i++) {
        const g = gold[i];
        const p = guess[i];
        const from = (path) => i === 0 ? T : path[i - 1];
        if (g !== p)
          for (const id of ids[i]) {
            bump(w, total, stamp, id * T + g, 1);
            bump(w, total, stamp, id * T + p, -1);
          }
        if (g !== p || from(gold) !== from(guess)) {
          bump(tr, trTotal, trStamp, from(gold) * T + g, 1);
          bump(tr, trTotal, trStamp, from(guess) * T + p, -1);
        }
      }
    }
  }
  const average = (v, sum, at) => Array.from(v, (x, i) => round((sum[i] + (clock - at[i]) * x) / clock));
  const avg = average(w, total, stamp);
  const weights = {};
  names.forEach((f, i) => {
    const ws = avg.slice(i * T, i * T + T);
    if (ws.some((x) => x !== 0)) weights[f] = ws;
  });
  return { tags: [...TAGS], weights, transitions: average(tr, trTotal, trStamp) };
}
var TAGS, T, KINDS, norm, OFFSETS, ALLOWED, MAX_CACHED_WORDS, taggedItem, key, round;
var init_tagger = __esm({
  "ingest/extract/model/tagger.ts"() {
    "use strict";
    init_items();
    init_tokens();
    init_words();
    init_features();
    init_logreg();
    TAGS = ["O", "B-method", "I-method", "B-dataset", "I-dataset", "B-task", "I-task"];
    T = TAGS.length;
    KINDS = ["method", "dataset", "task"];
    norm = (w) => w.toLowerCase();
    OFFSETS = [-2, -1, 0, 1, 2];
    ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, i) => {
      const [from, to] = [Math.floor(i / T), i % T];
      return to === 0 || to % 2 === 1 || from !== T && from !== 0 && Math.ceil(from / 2) === Math.ceil(to / 2) ? 1 : 0;
    });
    MAX_CACHED_WORDS = 1e5;
    taggedItem = (span2, field) => makeItem({
      kind: span2.kind,
      name: span2.text,
      field,
      start: span2.start,
      end: span2.end,
      extractor: "tagger",
      confidence: Math.round((0.1 + 0.2 / (1 + Math.exp(-span2.margin / 4))) * 1e3) / 1e3
    });
    key = (w) => {
      const low = w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      return low.length > 3 && /[^su]s$/.test(low) ? low.slice(0, -1) : low;
    };
    round = (x) => Math.round(x * 1e3) / 1e3;
  }
});

// ingest/extract/model/index.ts
var model_exports = {};
__export(model_exports, {
  CONCEPT_CLASSES: () => CONCEPT_CLASSES,
  MODEL_URL: () => MODEL_URL,
  candidateOf: () => candidateOf,
  conceptProbabilities: () => conceptProbabilities,
  decide: () => decide,
  decider: () => decider,
  learnedRelations: () => learnedRelations,
  loadModel: () => loadModel
});
import { readFileSync as readFileSync2 } from "node:fs";
function loadModel(url = MODEL_URL) {
  return JSON.parse(readFileSync2(url, "utf8"));
}
function decider(model, lexicon) {
  return {
    model,
    concepts: scorer(model.concepts),
    relations: model.relations && scorer(model.relations),
    heads: model.widen ? new Set(model.heads) : void 0,
    tagger: model.tagger && tagger(model.tagger, wordPriors(lexicon))
  };
}
function conceptProbabilities(d, m, fields, cues = /* @__PURE__ */ new Map()) {
  return predict(d.concepts, candidateFeatures(candidateOf(m), fields, cues));
}
function decide(d, candidates, fields) {
  const { model } = d;
  const cues = /* @__PURE__ */ new Map();
  const scored = candidates.map((m) => {
    const p = conceptProbabilities(d, m, fields, cues);
    let best = 1;
    for (let c = 2; c < p.length; c++) if (p[c] > p[best]) best = c;
    const phrase = onlyGuessed(m);
    return {
      m,
      p: 1 - p[0],
      cls: CONCEPT_CLASSES[best],
      phrase,
      min: phrase ? model.phraseThreshold : model.threshold
    };
  }).filter((s) => s.p >= s.min).sort((a, b) => b.p - a.p);
  const keys = /* @__PURE__ */ new Set();
  const spans = [];
  const kept = [];
  for (const { m, p, cls, phrase } of scored) {
    const names = [...m.group.keys];
    const overlaps = () => m.occurrences.some((o) => spans.some((s) => s.field === o.field && s.start < o.end && o.start < s.end));
    if (phrase && (names.some((k) => keys.has(k)) || overlaps())) continue;
    for (const k of names) keys.add(k);
    for (const o of m.occurrences) spans.push(o);
    const [kind, proposed] = cls.split("-");
    const role = proposed ? "proposed" : "used";
    kept.push({
      ...m,
      mention: { ...m.mention, kind, role, evidence: { ...m.mention.evidence, confidence: round2(p) } },
      group: Object.assign(m.group, { kind, proposed: role === "proposed" })
    });
  }
  return kept;
}
function learnedRelations(d, kept, fields, known) {
  if (!d.relations) return [];
  const related = new Set(known.flatMap((r) => [`${r.from}|${r.to}`, `${r.to}|${r.from}`]));
  const found = [];
  for (const pair of methodPairs(kept, fields, related)) {
    const from = pair.from.group.name;
    const to = pair.to.group.name;
    if (related.has(`${from}|${to}`)) continue;
    const p = predict(d.relations, pair.features);
    const best = p[1] >= p[2] ? 1 : 2;
    if (p[best] < (d.model.relationThreshold ?? 1)) continue;
    related.add(`${from}|${to}`).add(`${to}|${from}`);
    found.push(pairRelation(pair, RELATION_CLASSES[best], round2(p[best]), fields));
  }
  return found;
}
var CONCEPT_CLASSES, MODEL_URL, candidateOf, round2;
var init_model = __esm({
  "ingest/extract/model/index.ts"() {
    "use strict";
    init_features();
    init_relation_pairs();
    init_logreg();
    init_tagger();
    CONCEPT_CLASSES = [
      "none",
      "method",
      "method-proposed",
      "dataset",
      "dataset-proposed",
      "task"
    ];
    MODEL_URL = new URL("./extraction-model.json", import.meta.url);
    candidateOf = (m) => ({
      name: m.mention.name,
      kind: m.mention.kind,
      role: m.mention.role,
      items: m.items
    });
    round2 = (x) => Math.round(x * 1e3) / 1e3;
  }
});

// ingest/extract/model/phrases.ts
function findPhrases(tokens, f, heads) {
  const items = [];
  const { text, sentences, field } = f;
  let run = [];
  let sentence = 0;
  const emit = (end) => {
    const last = run[end];
    const named = /\p{Lu}/u.test(last.text) && (end > 0 || !startsSentence(sentences, last));
    if (!heads.has(last.key) && !named) return;
    const kind = TASK_HEAD.test(last.text) ? "task" : DATASET_HEAD.test(last.text) ? "dataset" : "method";
    let key2 = last.key;
    for (let n2 = 1; n2 <= MAX_WORDS && end - n2 + 1 >= 0; n2++) {
      const first = run[end - n2 + 1];
      if (n2 > 1) key2 = first.low + key2;
      if (NO_START.has(first.low) || /^\d+$/.test(first.text) || n2 > 1 && canBeVerb(first.low)) continue;
      const surface = text.slice(first.start, last.end);
      items.push(
        makeItem({
          kind,
          name: surface,
          field,
          start: first.start,
          end: last.end,
          extractor: "phrase",
          confidence: 0.3,
          key: key2
        })
      );
    }
  };
  const flush = () => {
    for (let end = 0; end < run.length; end++) emit(end);
    run = [];
  };
  for (const t of tokens) {
    while (sentence < sentences.length - 1 && t.start >= sentences[sentence].end) sentence++;
    const prev = run[run.length - 1];
    const gap = prev ? t.start - prev.end : 0;
    const joined = prev !== void 0 && (gap === 0 || gap === 1 && /[\s‐-]/.test(text[prev.end])) && t.start < sentences[sentence].end;
    if (!joined) flush();
    if (t.low.length < 2 || isStopWord(t.low) || /^\d+$/.test(t.low)) {
      flush();
      continue;
    }
    run.push(t);
  }
  flush();
  return items;
}
var MAX_WORDS, NO_START, startsSentence;
var init_phrases = __esm({
  "ingest/extract/model/phrases.ts"() {
    "use strict";
    init_words();
    init_items();
    MAX_WORDS = 4;
    NO_START = /* @__PURE__ */ new Set([
      "novel",
      "new",
      "proposed",
      "existing",
      "various",
      "different",
      "several",
      "many",
      "multiple",
      "previous",
      "recent",
      "current",
      "standard",
      "traditional",
      "conventional",
      "popular",
      "prior",
      "state",
      "art",
      "based",
      "simple",
      "first",
      "second",
      "efficient",
      "effective",
      "large",
      "small",
      "high",
      "low",
      "better",
      "best",
      "strong",
      "significant",
      "extensive",
      "experimental",
      "empirical",
      "theoretical",
      "real",
      "world",
      "key"
    ]);
    startsSentence = (sentences, t) => sentences.some((s) => s.start === t.start);
  }
});

// ingest/extract/model/task-cues.ts
function findTitlePurpose(tokens, f) {
  let at = -1;
  for (let i2 = tokens.length - 2; i2 >= 0; i2--)
    if (tokens[i2].low === "for") {
      at = i2;
      break;
    }
  if (at < 0) return [];
  let i = at + 1;
  if (/^(?:the|a|an)$/.test(tokens[i].low)) i++;
  const run = [];
  for (; i < tokens.length && run.length <= MAX_WORDS2; i++) {
    const t = tokens[i];
    if (PURPOSE_BREAK.test(t.low)) break;
    const prev = run[run.length - 1];
    if (prev && !(t.start - prev.end <= 1 && /^[\s‐-]?$/.test(f.text.slice(prev.end, t.start)))) break;
    run.push(t);
  }
  if (run.length === 0 || run.length > MAX_WORDS2 || NOT_PURPOSE.test(run[0].low)) return [];
  if (run.every((t) => /^\d+$/.test(t.text))) return [];
  const first = run[0];
  const last = run[run.length - 1];
  return [
    makeItem({
      kind: "task",
      name: f.text.slice(first.start, last.end),
      field: f.field,
      start: first.start,
      end: last.end,
      extractor: "title-purpose",
      confidence: 0.3
    })
  ];
}
var MAX_WORDS2, PURPOSE_BREAK, NOT_PURPOSE;
var init_task_cues = __esm({
  "ingest/extract/model/task-cues.ts"() {
    "use strict";
    init_items();
    MAX_WORDS2 = 4;
    PURPOSE_BREAK = /^(?:via|with|using|from|by|through|under|without|and|or|in|on|at|to|of|as|is|are|can|do|does|beyond|based|guided)$/;
    NOT_PURPOSE = /^(?:free|all|everyone|better|less|more|any|each|every|what|whom|large|small)$/;
  }
});

// ingest/extract/phrases.ts
function leadingName(words) {
  const run = [];
  for (const w of words) {
    if (run.length >= MAX_PHRASE || !looksLikeName(w.text) || /^[,;:()[\]"]$/.test(w.text)) break;
    run.push(w);
  }
  return run;
}
function leadingPhrase(words) {
  let i = 0;
  while (i < words.length && (words[i].text.toLowerCase() === "a" || words[i].text.toLowerCase() === "an" || words[i].text.toLowerCase() === "the"))
    i++;
  const phrase = [];
  for (; i < words.length && phrase.length < MAX_PHRASE; i++) {
    const low = words[i].text.toLowerCase();
    if (/^[,;:()[\]"]$/.test(low) || isStopWord(low) && !OPENERS.has(low)) break;
    phrase.push(words[i]);
  }
  while (phrase.length > 0 && !HEADS.has(phrase[phrase.length - 1].text.toLowerCase())) phrase.pop();
  if (phrase.length === 0) return void 0;
  let c = 0;
  while (c < phrase.length - 1 && OPENERS.has(phrase[c].text.toLowerCase())) c++;
  const core = phrase.slice(c);
  const analysis = core.length === 2 && ANALYTIC.has(core[0].text.toLowerCase()) || /\b(?:our|the proposed|this)\b/i.test(core.map((w) => w.text).join(" "));
  const generic = isGeneric(core.map((w) => w.text).join(" ")) || core.length < 2 && isGeneric(core[0].text) || /^(?:version|variant)s?$/i.test(core[core.length - 1].text);
  return { full: phrase, core, generic: analysis || generic };
}
function leadingWords(words) {
  const start = /^(?:the|a|an)$/i.test(words[0]?.text ?? "") ? 1 : 0;
  const run = [];
  for (const w of words.slice(start, start + 4)) {
    if (/^[,;:()[\]"]$/.test(w.text) || isStopWord(w.text.toLowerCase())) break;
    run.push(w);
  }
  return run;
}
function lowerPhrase(words) {
  const run = [];
  for (const w of words.slice(0, 5)) {
    const low = w.text.toLowerCase();
    const verb = canBeVerb(low) && !/ing$/.test(low);
    if (/^[,;:()[\]"]$/.test(low) || isStopWord(low) || verb || /^\d+$/.test(low)) break;
    run.push(w);
  }
  return run.length > 0 && !isGeneric(run.map((w) => w.text).join(" ")) ? run : [];
}
function phraseAliases(lexicon, text, full, core) {
  const forms = [span(text, full, 0), span(text, core, 0)];
  const last = core[core.length - 1];
  if (core.length >= 3 || core.length === 2 && /-/.test(core[0].text)) {
    const bare2 = span(text, core.slice(0, -1), 0);
    const end = core[core.length - 2].text.toLowerCase();
    const noun = !isStopWord(end) && !/(?:ed|ive|ous|al|ic|-based|-free|-end)$/.test(end);
    if (KIND_HEADS.has(last.text.toLowerCase()) && noun && !isGeneric(bare2) && lexicon.lookup(bare2).length === 0)
      forms.push(bare2);
  }
  return [...new Set(forms)];
}
var DATASET_WORD, OPENERS, HEADS, MAX_PHRASE, ANALYTIC, span, kindAfter, KIND_HEADS;
var init_phrases2 = __esm({
  "ingest/extract/phrases.ts"() {
    "use strict";
    init_generic();
    init_words();
    DATASET_WORD = /^(?:datasets?|benchmarks?|corpus|corpora|collection|suite|treebank|testbed)$/i;
    OPENERS = /* @__PURE__ */ new Set([
      "a",
      "an",
      "the",
      "our",
      "new",
      "novel",
      "two",
      "three",
      "several",
      "first",
      "simple",
      "general",
      "generic",
      "unified",
      "principled",
      "effective",
      "efficient",
      "family",
      "class",
      "of",
      "set"
    ]);
    HEADS = /* @__PURE__ */ new Set([
      "network",
      "networks",
      "model",
      "models",
      "method",
      "algorithm",
      "version",
      "variant",
      "architecture",
      "framework",
      "approach",
      "scheme",
      "mechanism",
      "layer",
      "module",
      "loss",
      "system",
      "technique",
      "strategy",
      "procedure",
      "estimator",
      "classifier",
      "regularizer",
      "formulation",
      "attention",
      "encoder",
      "decoder",
      "transformer",
      "kernel",
      "kernels",
      "walk",
      "optimizer",
      "baseline",
      "baselines",
      "pipeline",
      "paradigm",
      "objective",
      "criterion",
      "policy",
      "sampler",
      "unit",
      "block",
      "head",
      "heads",
      "representation",
      "embedding",
      "embeddings",
      "filter",
      "filters",
      "learner",
      "agent",
      "function",
      "functions",
      "dataset",
      "benchmark",
      "corpus"
    ]);
    MAX_PHRASE = 6;
    ANALYTIC = /* @__PURE__ */ new Set([
      "theoretical",
      "analytical",
      "conceptual",
      "mathematical",
      "formal",
      "unified",
      "general",
      "computational",
      "integrated",
      "comprehensive",
      "underlying"
    ]);
    span = (text, words, offset) => text.slice(words[0].start - offset, words[words.length - 1].end - offset);
    kindAfter = (words) => words.slice(0, 6).some((w) => DATASET_WORD.test(w.text)) ? "dataset" : "method";
    KIND_HEADS = /* @__PURE__ */ new Set([
      "method",
      "algorithm",
      "version",
      "variant",
      "approach",
      "framework",
      "technique",
      "procedure",
      "scheme",
      "strategy",
      "mechanism",
      "system",
      "pipeline",
      "paradigm",
      "model",
      "models",
      "architecture",
      "formulation"
    ]);
  }
});

// ingest/extract/proposals/acronym.ts
var acronymAfterVerb;
var init_acronym = __esm({
  "ingest/extract/proposals/acronym.ts"() {
    "use strict";
    init_phrases2();
    init_tokens();
    acronymAfterVerb = {
      name: "propose-acronym",
      find({ text, sentence, acronyms, afterAt, after: after2, lead }, found) {
        const named = found.length > 0;
        for (const d of acronyms) {
          if (d.longStart < afterAt || d.shortEnd > sentence.end) continue;
          const overlap = found.findIndex((f) => f.start <= d.longStart && d.longStart < f.end + 2);
          if (named && overlap < 0) continue;
          const head = d.longStart <= (after2[lead]?.start ?? afterAt);
          const kind = overlap >= 0 ? found[overlap].kind : kindAfter(wordsOf(text.slice(d.shortEnd, sentence.end), d.shortEnd));
          const name = /\p{Ll}/u.test(d.short.replace(/s$/, "")) ? d.short.replace(/(?<=\p{Lu})s$/u, "") : d.long;
          const cue = {
            kind,
            role: "proposed",
            name,
            aliases: [d.long, d.short],
            start: d.longStart,
            end: d.longEnd,
            extractor: head ? "propose-acronym-head" : "propose-acronym",
            confidence: 0.8
          };
          if (overlap >= 0) found.splice(overlap, 1, cue);
          else found.push(cue);
        }
      }
    };
  }
});

// ingest/extract/proposals/bare-verb.ts
var bareVerb;
var init_bare_verb = __esm({
  "ingest/extract/proposals/bare-verb.ts"() {
    "use strict";
    bareVerb = {
      name: "propose-verb",
      find({ after: after2 }, found) {
        if (found.length > 0 || after2.length === 0) return;
        found.push({
          kind: "method",
          role: "proposed",
          name: after2[0].text,
          aliases: [],
          start: after2[0].start,
          end: after2[0].end,
          extractor: "propose-verb",
          confidence: 0.2
        });
      }
    };
  }
});

// ingest/extract/proposals/scope.ts
function proposedCue(s, words, extractor, confidence, aliases = [], dataset = false) {
  const { text, sentence } = s;
  const name = span(text, words, 0);
  if (isGeneric(name)) return void 0;
  const end = words[words.length - 1].end;
  const next = text.slice(end, sentence.end).split(/\s+/).slice(0, 7);
  const kind = dataset || [words[words.length - 1].text, ...next].some((w) => DATASET_WORD.test(w.replace(/[^\w]/g, ""))) ? "dataset" : "method";
  const clean = kind === "dataset" ? stripDatasetWord(name) : name;
  if (kind === "dataset" && /^propose-(?:phrase|part)$/.test(extractor) && !clean.split(/\s+/).some(looksLikeName))
    return void 0;
  return {
    kind,
    role: "proposed",
    name: clean,
    aliases,
    start: words[0].start,
    end: words[0].start + clean.length,
    extractor,
    confidence
  };
}
var pushCue, stripDatasetWord;
var init_scope = __esm({
  "ingest/extract/proposals/scope.ts"() {
    "use strict";
    init_generic();
    init_phrases2();
    init_words();
    pushCue = (found, cue) => {
      if (cue) found.push(cue);
    };
    stripDatasetWord = (name) => name.replace(/\s+(?:datasets?|benchmarks?|corpus)$/i, "") || name;
  }
});

// ingest/extract/proposals/coined-after-head.ts
var coinedAfterHead;
var init_coined_after_head = __esm({
  "ingest/extract/proposals/coined-after-head.ts"() {
    "use strict";
    init_phrases2();
    init_words();
    init_scope();
    coinedAfterHead = {
      name: "propose-coined",
      find(s, found) {
        if (found.length > 0) return;
        const { after: after2 } = s;
        const before2 = (k) => after2[k - 1]?.text === "," ? after2[k - 2] : after2[k - 1];
        const i = after2.findIndex(
          (w, k) => k < 10 && isCoined(w.text) && HEADS.has(before2(k)?.text.toLowerCase() ?? "")
        );
        if (i >= 0)
          pushCue(
            found,
            proposedCue(s, [after2[i]], "propose-coined", 0.8, [], DATASET_WORD.test(before2(i)?.text ?? ""))
          );
      }
    };
  }
});

// ingest/extract/proposals/hyphenated-apposition.ts
var hyphenatedApposition;
var init_hyphenated_apposition = __esm({
  "ingest/extract/proposals/hyphenated-apposition.ts"() {
    "use strict";
    init_scope();
    hyphenatedApposition = {
      name: "propose-hyphenated",
      find(s, found) {
        const { after: after2, lead } = s;
        const word = after2[lead];
        if (found.length === 0 && word && /-/.test(word.text) && after2[lead + 1]?.text === "," && /^(?:a|an|the|which)$/i.test(after2[lead + 2]?.text ?? ""))
          pushCue(found, proposedCue(s, [word], "propose-cue", 0.7));
      }
    };
  }
});

// ingest/extract/proposals/later-novel.ts
var LATER_NOVEL, laterNovel;
var init_later_novel = __esm({
  "ingest/extract/proposals/later-novel.ts"() {
    "use strict";
    init_phrases2();
    init_tokens();
    init_scope();
    LATER_NOVEL = /\b(?:with|and)\s+(?:a|an)\s+(?=(?:novel|new)\s)/gi;
    laterNovel = {
      name: "propose-later-novel",
      find(s, found) {
        const { lexicon, text, sentence, afterAt, rest } = s;
        for (const m of rest.matchAll(LATER_NOVEL)) {
          const at = afterAt + m.index + m[0].length;
          const phrase = leadingPhrase(wordsOf(text.slice(at, sentence.end), at));
          if (phrase && !phrase.generic)
            pushCue(
              found,
              proposedCue(
                s,
                phrase.core,
                "propose-part",
                0.5,
                phraseAliases(lexicon, text, phrase.full, phrase.core)
              )
            );
        }
      }
    };
  }
});

// ingest/extract/proposals/leading-phrase.ts
var leadingNounPhrase;
var init_leading_phrase = __esm({
  "ingest/extract/proposals/leading-phrase.ts"() {
    "use strict";
    init_phrases2();
    init_scope();
    leadingNounPhrase = {
      name: "propose-phrase",
      find(s, found) {
        if (found.length > 0) return;
        const { lexicon, text, after: after2, ofPart } = s;
        const phrase = leadingPhrase(after2);
        if (!phrase) return;
        if (phrase.generic)
          found.push({
            kind: "method",
            role: "proposed",
            name: span(text, phrase.core, 0),
            aliases: [],
            start: phrase.core[0].start,
            end: phrase.core[0].end,
            extractor: "propose-generic",
            confidence: 0.3
          });
        else
          pushCue(
            found,
            proposedCue(
              s,
              phrase.core,
              ofPart ? "propose-part" : "propose-phrase",
              0.5,
              phraseAliases(lexicon, text, phrase.full, phrase.core)
            )
          );
      }
    };
  }
});

// ingest/extract/proposals/name-after-verb.ts
var nameAfterVerb;
var init_name_after_verb = __esm({
  "ingest/extract/proposals/name-after-verb.ts"() {
    "use strict";
    init_generic();
    init_phrases2();
    init_scope();
    nameAfterVerb = {
      name: "propose-cue",
      find(s, found) {
        const { lexicon, text, after: after2, lead } = s;
        if (found.length > 0) return;
        const name = leadingName(after2.slice(lead));
        if (name.length === 0) return;
        const tail = after2.slice(lead + name.length, lead + name.length + 3);
        const closing = tail.findIndex((w) => w.text === ",");
        if (closing > 0 && /^(?:a|an|the|which)$/i.test(after2[lead + name.length + closing + 1]?.text ?? "") && lexicon.lookup(span(text, tail.slice(0, closing), 0)).some((c) => c.kind === "method"))
          name.push(...tail.slice(0, closing));
        if (!isGeneric(span(text, name, 0))) pushCue(found, proposedCue(s, name, "propose-cue", 0.85));
      }
    };
  }
});

// ingest/extract/proposals/naming.ts
var NAMING, naming;
var init_naming = __esm({
  "ingest/extract/proposals/naming.ts"() {
    "use strict";
    init_phrases2();
    init_tokens();
    init_scope();
    NAMING = /\b(?:called|named|dubbed|termed|coined|referred to as|which we call|we call it|we name it|namely)\s+/gi;
    naming = {
      name: "naming-cue",
      find(s, found) {
        const { text, sentence } = s;
        for (const m of sentence.text.matchAll(NAMING)) {
          const at = sentence.start + m.index + m[0].length;
          const next = wordsOf(text.slice(at, sentence.end), at);
          const name = leadingName(next);
          if (name.length === 0) name.push(...leadingWords(next));
          if (name.length === 0) continue;
          const before2 = sentence.text.slice(Math.max(0, m.index - 40), m.index).split(/\s+/).slice(-4);
          const dataset = before2.some((w) => DATASET_WORD.test(w));
          pushCue(found, proposedCue(s, name, "naming-cue", 0.9, [], dataset));
        }
      }
    };
  }
});

// ingest/extract/proposals/set-phrase.ts
var NOTION, REPLACE_WITH, ENUMERATION, setPhrase;
var init_set_phrase = __esm({
  "ingest/extract/proposals/set-phrase.ts"() {
    "use strict";
    init_phrases2();
    init_tokens();
    init_scope();
    NOTION = /^(?:the|a|an)\s+(?:(?:key|novel|new|simple)\s+)?(?:notion|concept|idea|measure) of\s+/i;
    REPLACE_WITH = /^to replace\b[^.;]*?\bwith\s+(?:(?:the|a|an|our)\s+)?/i;
    ENUMERATION = /(?:^|\s)\(?(?:[1-9]|i{1,3}|iv)\)\s+/g;
    setPhrase = {
      name: "propose-set-phrase",
      find(s, found) {
        if (found.length > 0) return;
        const { text, sentence, afterAt, rest } = s;
        const phraseAt = (at) => lowerPhrase(wordsOf(text.slice(at, sentence.end), at));
        const trimmed = rest.trimStart();
        const slot = NOTION.exec(trimmed) ?? REPLACE_WITH.exec(trimmed);
        if (slot) {
          const words = phraseAt(afterAt + (rest.length - trimmed.length) + slot[0].length);
          if (words.length > 1)
            pushCue(found, proposedCue(s, words, "propose-part", 0.5, [span(text, words, 0)]));
        }
        const listed = found.length === 0 && /^\s*\(?(?:1|i)\)/.test(rest);
        for (const m of listed ? rest.matchAll(ENUMERATION) : []) {
          const item = phraseAt(afterAt + m.index + m[0].length);
          if (item.length > 1) pushCue(found, proposedCue(s, item, "propose-part", 0.5, [span(text, item, 0)]));
        }
      }
    };
  }
});

// ingest/extract/proposals/verbs.ts
function proposingVerb(sentence) {
  const whole = PROPOSE2.exec(sentence) ?? PROPOSE_LATER.exec(sentence) ?? PROPOSE_BY.exec(sentence);
  if (whole) return { index: whole.index, end: whole.index + whole[0].length, ofPart: false };
  const part = OUR_INTRODUCES.exec(sentence);
  return part ? { index: part.index, end: part.index + part[0].length, ofPart: true } : void 0;
}
var PROPOSE2, PROPOSE_LATER, PROPOSE_BY, OUR_INTRODUCES;
var init_verbs = __esm({
  "ingest/extract/proposals/verbs.ts"() {
    "use strict";
    PROPOSE2 = /\b(?:we|this (?:paper|work|article|study|letter|note)|our (?:work|paper))\b(?:\s+(?:\w+ly|also|then|further|first|here|therefore|thus|now|instead)){0,2}\s+(?:propose|introduce|present|develop|design|devise|formulate|describe|put forward|offer|build|construct|create|release|collect|curate|contribute)(?:s|d|ed)?\b/i;
    PROPOSE_LATER = /\bwe\b[^.;:]{0,160}?\b(?:and|then)\s+(?:then\s+|also\s+|further\s+)?(?:propose|introduce|present|develop|design|devise)(?:s|d|ed)?\b/i;
    PROPOSE_BY = /\bwe\b[^.;:]{0,120}?\bby (?:introducing|proposing|presenting|developing|designing)\b/i;
    OUR_INTRODUCES = /\bour (?:algorithm|method|model|approach|framework|system)\s+(?:also\s+)?introduces\b/i;
  }
});

// ingest/extract/proposals/index.ts
function findProposals(lexicon, text, sentences, acronyms, rules = PROPOSAL_RULES) {
  const cues = [];
  for (const sentence of sentences) {
    const verb = proposingVerb(sentence.text);
    if (!verb) continue;
    const afterAt = sentence.start + verb.end;
    const after2 = wordsOf(text.slice(afterAt, sentence.end), afterAt);
    let lead = 0;
    while (lead < after2.length && OPENERS.has(after2[lead].text.toLowerCase()) && lead < MAX_OPENERS) lead++;
    const scope = {
      lexicon,
      text,
      sentence,
      acronyms,
      afterAt,
      after: after2,
      rest: text.slice(afterAt, sentence.end),
      lead,
      ofPart: verb.ofPart
    };
    const found = [];
    for (const rule of rules) rule.find(scope, found);
    cues.push(...found);
  }
  return cues;
}
var PROPOSAL_RULES, MAX_OPENERS;
var init_proposals = __esm({
  "ingest/extract/proposals/index.ts"() {
    "use strict";
    init_phrases2();
    init_tokens();
    init_acronym();
    init_bare_verb();
    init_coined_after_head();
    init_hyphenated_apposition();
    init_later_novel();
    init_leading_phrase();
    init_name_after_verb();
    init_naming();
    init_set_phrase();
    init_verbs();
    PROPOSAL_RULES = [
      naming,
      nameAfterVerb,
      hyphenatedApposition,
      coinedAfterHead,
      acronymAfterVerb,
      setPhrase,
      laterNovel,
      leadingNounPhrase,
      bareVerb
    ];
    MAX_OPENERS = 3;
  }
});

// ingest/extract/relations/scope.ts
function occurrenceEvidence(paper, o, confidence, extractor) {
  const f = paper.fields.find((x) => x.field === o.field);
  const s = f.sentences.find((x) => x.start <= o.start && o.end <= x.end);
  return { sentence: s?.text ?? f.text, start: o.start, end: o.end, field: o.field, confidence, extractor };
}
var sentenceEvidence;
var init_scope2 = __esm({
  "ingest/extract/relations/scope.ts"() {
    "use strict";
    sentenceEvidence = (s, start, end, confidence, extractor) => ({
      sentence: s.sentence.text,
      start,
      end,
      field: s.field,
      confidence,
      extractor
    });
  }
});

// ingest/extract/relations/approximation.ts
var APPROXIMATES, approximation;
var init_approximation = __esm({
  "ingest/extract/relations/approximation.ts"() {
    "use strict";
    init_names();
    init_scope2();
    APPROXIMATES = /\bapproximat(?:es|ing)\s+(?:the\s+)?/gi;
    approximation = {
      name: "relation-approximation",
      find(s) {
        const found = [];
        for (const m of s.sentence.text.matchAll(APPROXIMATES)) {
          const cueAt = s.sentence.start + m.index;
          const target = s.inSentence.find((o) => o.start === cueAt + m[0].length && !o.group.proposed);
          const before2 = s.inSentence.filter((o) => o.end <= cueAt && o.group !== target?.group);
          const lead = aliasKey(s.sentence.text.slice(0, cueAt - s.sentence.start));
          const primary = s.primary;
          const from = before2.find((o) => o.group.proposed)?.group ?? before2[before2.length - 1]?.group ?? (primary && [...primary.keys].some((key2) => key2.length >= 3 && lead.includes(key2)) ? primary : void 0);
          if (target && from)
            found.push({
              from,
              type: "ALTERNATIVE_TO",
              to: target.group,
              evidence: sentenceEvidence(s, cueAt, target.end, 0.6, "relation-approximation")
            });
        }
        return found;
      }
    };
  }
});

// ingest/extract/relations/subject.ts
function subjectFor(s, cueStart, target, proposedOnly) {
  const before2 = s.inSentence.filter((o) => o.end <= cueStart && o.group !== target);
  const proposed = before2.find((o) => o.group.proposed)?.group ?? s.inSentence.find((o) => o.group.proposed && o.group !== target)?.group;
  if (proposed) return proposed;
  if (proposedOnly) return void 0;
  if (s.primary && WE_INTRODUCE.test(s.sentence.text)) return s.primary;
  return before2[before2.length - 1]?.group ?? s.primary;
}
var WE_INTRODUCE, KIND_NOUN;
var init_subject = __esm({
  "ingest/extract/relations/subject.ts"() {
    "use strict";
    WE_INTRODUCE = /^\s*(?:we|our)\s+(?:\w+\s+)?(?:introduce|propose|present|develop|design)/i;
    KIND_NOUN = /\s+(?:framework|approach|method|model|architecture|system)s?$/i;
  }
});

// ingest/extract/relations/apposition.ts
var APPOSED_PHRASE, apposition;
var init_apposition = __esm({
  "ingest/extract/relations/apposition.ts"() {
    "use strict";
    init_subject();
    init_scope2();
    APPOSED_PHRASE = /^[^,.;:()]*?(?=\s+(?:that|which|for|to|with|in|on|by|based|where|whose)\b|[,.;:()]|$)/i;
    apposition = {
      name: "relation-apposition",
      find(s) {
        const found = [];
        for (const o of s.inSentence) {
          if (!o.group.proposed) continue;
          const opener = s.field === "title" ? /^\s*(?:[,:]|is|are)\s+(?:(?:a|an)\s+)?/i : /^\s*(?:[,:]|is|are)\s+(?:a|an)\s+/i;
          const apposed = opener.exec(s.text.slice(o.end, o.end + 8));
          if (!apposed) continue;
          const at = o.end + apposed[0].length;
          const np = APPOSED_PHRASE.exec(s.text.slice(at, s.sentence.end));
          const end = at + (np?.[0].length ?? 0);
          const kind = KIND_NOUN.exec(np?.[0] ?? "");
          const ends = /* @__PURE__ */ new Set([end, kind ? end - kind[0].length : end]);
          const head = s.inSentence.find((x) => x.start >= at && ends.has(x.end) && x.group !== o.group);
          if (head)
            found.push({
              from: o.group,
              type: "VARIANT_OF",
              to: head.group,
              evidence: sentenceEvidence(s, o.start, head.end, 0.6, "relation-apposition")
            });
        }
        return found;
      }
    };
  }
});

// ingest/extract/relations/cue-phrases.ts
var AFTER_CUES, REACH, WEAK, cuePhrases;
var init_cue_phrases = __esm({
  "ingest/extract/relations/cue-phrases.ts"() {
    "use strict";
    init_subject();
    init_scope2();
    AFTER_CUES = [
      [
        /\b(?:an? )?alternatives?(?: (?:approach|method|algorithm|framework|strategy|solution|paradigm|technique)s?)? to\s+|\binstead of\s+|\brather than\s+|\bin place of\s+|\breplac(?:e|es|ing)\s+|\bwithout (?:the need for |using |relying on |requiring |any )?|\bavoid(?:s|ing)?\s+|\beliminat(?:e|es|ing) (?:the need for )?|\bdispens(?:e|es|ing) with\s+|\bfree of\s+|\bdoes not (?:require|rely on|use)\s+/gi,
        "ALTERNATIVE_TO",
        0.7
      ],
      [
        /\b(?:an? )?(?:variant|extension|generali[sz]ation|special case|version|modification|improvement|specialization|adaptation) of\s+|\bextends?\s+|\bextending\s+|\binspired by\s+|\bgenerali[sz](?:es|ing)\s+|\bbuilds? (?:up)?on\s+|\bimproves? (?:up)?on\s+/gi,
        "VARIANT_OF",
        0.65
      ],
      [/\bbased on\s+/gi, "VARIANT_OF", 0.5]
    ];
    REACH = 40;
    WEAK = 0.6;
    cuePhrases = {
      name: "relation-cue",
      find(s) {
        const found = [];
        for (const [cue, type, confidence] of AFTER_CUES) {
          for (const m of s.sentence.text.matchAll(cue)) {
            const cueEnd = s.sentence.start + m.index + m[0].length;
            const target = s.inSentence.find(
              (o) => o.start >= cueEnd && o.start - cueEnd <= REACH && !o.group.proposed
            );
            if (!target) continue;
            const from = subjectFor(s, s.sentence.start + m.index, target.group, confidence < WEAK);
            if (from)
              found.push({
                from,
                type,
                to: target.group,
                evidence: sentenceEvidence(s, s.sentence.start + m.index, target.end, confidence, "relation-cue")
              });
          }
        }
        return found;
      }
    };
  }
});

// ingest/extract/relations/dangling-alternative.ts
var DANGLING_ALTERNATIVE, OURS, danglingAlternative;
var init_dangling_alternative = __esm({
  "ingest/extract/relations/dangling-alternative.ts"() {
    "use strict";
    init_scope2();
    DANGLING_ALTERNATIVE = /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?alternative(?=\s*[,.;]|\s+(?:that|which|(?:method|approach|algorithm|mechanism|scheme|strategy|framework|paradigm|technique|rule|procedure|solution)\b(?!\s+to\b)))/i;
    OURS = /\b(?:we|our|this (?:paper|work|method|approach|framework|algorithm))\b/i;
    danglingAlternative = {
      name: "relation-dangling",
      withoutMethods: true,
      find(s) {
        if (s.field !== "abstract") return [];
        const cue = DANGLING_ALTERNATIVE.exec(s.sentence.text);
        if (!cue) return [];
        const cueAt = s.sentence.start + cue.index;
        const opening = s.methods.filter((o) => o.field === "abstract" && !o.group.proposed).reduce((a, o) => a && a.start <= o.start ? a : o, void 0);
        if (!opening || opening.end > s.sentence.start) return [];
        const before2 = s.inSentence.filter((o) => o.end <= cueAt && o.group !== opening.group);
        const from = before2.find((o) => o.group.proposed)?.group ?? before2[before2.length - 1]?.group ?? (OURS.test(s.sentence.text) ? s.primary : void 0);
        if (!from || from === opening.group || /\balternative\b/i.test(from.name)) return [];
        return [
          {
            from,
            type: "ALTERNATIVE_TO",
            to: opening.group,
            evidence: sentenceEvidence(s, cueAt, cueAt + cue[0].length, 0.5, "relation-dangling")
          }
        ];
      }
    };
  }
});

// ingest/extract/relations/free-suffix.ts
var freeSuffix;
var init_free_suffix = __esm({
  "ingest/extract/relations/free-suffix.ts"() {
    "use strict";
    init_subject();
    init_scope2();
    freeSuffix = {
      name: "relation-free",
      find(s) {
        const found = [];
        for (const o of s.inSentence) {
          if (!/^[-‐]free\b/i.test(s.text.slice(o.end, o.end + 6))) continue;
          const from = subjectFor(s, o.start, o.group, false) ?? s.inSentence.find((x) => x.start > o.end && x.group !== o.group)?.group;
          if (from)
            found.push({
              from,
              type: "ALTERNATIVE_TO",
              to: o.group,
              evidence: sentenceEvidence(s, o.start, o.end + 5, 0.75, "relation-free")
            });
        }
        return found;
      }
    };
  }
});

// ingest/extract/relations/lexicon-alternative.ts
var lexiconAlternative;
var init_lexicon_alternative = __esm({
  "ingest/extract/relations/lexicon-alternative.ts"() {
    "use strict";
    init_scope2();
    lexiconAlternative = {
      name: "lexicon-alternative",
      find(child, parent, paper) {
        if (!child.alternativeTo.includes(parent.name)) return [];
        const evidence = occurrenceEvidence(paper, paper.first.get(child), 0.55, "lexicon-alternative");
        return [{ from: child, type: "ALTERNATIVE_TO", to: parent, evidence }];
      }
    };
  }
});

// ingest/extract/relations/lexicon-parent.ts
function sentenceOf(paper, o) {
  return paper.fields.find((f) => f.field === o.field)?.sentences.find((s) => s.start <= o.start && o.end <= s.end);
}
var lexiconParent, sameSentence;
var init_lexicon_parent = __esm({
  "ingest/extract/relations/lexicon-parent.ts"() {
    "use strict";
    init_scope2();
    lexiconParent = {
      name: "lexicon-parent",
      find(child, parent, paper) {
        if (!child.parents.includes(parent.name)) return [];
        const together = child.proposed ? paper.first.get(child) : paper.methods.find(
          (o) => o.group === child && paper.methods.some((p) => p.group === parent && p.field === o.field && sameSentence(paper, o, p))
        );
        if (!together) return [];
        const evidence = occurrenceEvidence(paper, together, 0.6, "lexicon-parent");
        return [{ from: child, type: "VARIANT_OF", to: parent, evidence }];
      }
    };
    sameSentence = (paper, a, b) => sentenceOf(paper, a) !== void 0 && sentenceOf(paper, a) === sentenceOf(paper, b);
  }
});

// ingest/extract/relations/name-head.ts
var MIN_HEAD2, nameHead;
var init_name_head = __esm({
  "ingest/extract/relations/name-head.ts"() {
    "use strict";
    init_names();
    init_scope2();
    MIN_HEAD2 = 3;
    nameHead = {
      name: "name-head",
      find(child, parent, paper) {
        if (child.parents.includes(parent.name) || !child.proposed || parent.proposed) return [];
        const childKey = aliasKey(child.name);
        if (![...parent.keys].some(
          (k) => k.length >= MIN_HEAD2 && childKey.length > k.length && childKey.endsWith(k)
        ))
          return [];
        const evidence = occurrenceEvidence(paper, paper.first.get(child), 0.55, "name-head");
        return [{ from: child, type: "VARIANT_OF", to: parent, evidence }];
      }
    };
  }
});

// ingest/extract/relations/subtitle.ts
function titledProposal(s) {
  const colon = s.field === "title" ? s.sentence.text.indexOf(":") : -1;
  if (colon <= 0) return void 0;
  const o = s.inSentence.find((x) => x.group.proposed && x.end <= s.sentence.start + colon);
  return o && { group: o.group, start: o.start, colon };
}
var SUBTITLE_PHRASE, subtitle;
var init_subtitle = __esm({
  "ingest/extract/relations/subtitle.ts"() {
    "use strict";
    init_subject();
    init_scope2();
    SUBTITLE_PHRASE = /^\s*(?:(?:a|an|the)\s+)?([^,.;:()]*?)(?=\s+(?:for|to|with|in|on|of|by|via|based|that|and)\b|$)/i;
    subtitle = {
      name: "relation-subtitle",
      find(s) {
        const titled = titledProposal(s);
        if (!titled) return [];
        const at = s.sentence.start + titled.colon + 1;
        const np = SUBTITLE_PHRASE.exec(s.text.slice(at, s.sentence.end));
        const kind = KIND_NOUN.exec(np?.[1] ?? "");
        const end = at + (np?.[0].length ?? 0);
        const ends = /* @__PURE__ */ new Set([end, kind ? end - kind[0].length : end]);
        const clause = /^\S+ing\b/i.test(np?.[1] ?? "");
        const head = s.inSentence.find((x) => x.start >= at && ends.has(x.end) && x.group !== titled.group);
        if (!head || clause) return [];
        return [
          {
            from: titled.group,
            type: "VARIANT_OF",
            to: head.group,
            evidence: sentenceEvidence(s, titled.start, head.end, 0.55, "relation-subtitle")
          }
        ];
      }
    };
  }
});

// ingest/extract/relations/title-for.ts
var A_WAY_OF_LEARNING, titleFor;
var init_title_for = __esm({
  "ingest/extract/relations/title-for.ts"() {
    "use strict";
    init_names();
    init_subtitle();
    init_scope2();
    A_WAY_OF_LEARNING = /\blearning$/i;
    titleFor = {
      name: "relation-title-for",
      find(s) {
        if (s.field !== "title" || titledProposal(s)) return [];
        const forAt = s.sentence.text.search(/\s+for\s+(?=\S)/i);
        if (forAt <= 0) return [];
        const paradigmAt = s.sentence.start + forAt + /\s+for\s+/i.exec(s.sentence.text.slice(forAt))[0].length;
        const lead = aliasKey(s.sentence.text.slice(0, forAt));
        const proposal = s.groups.find((g) => g.proposed && g.kind === "method" && g.keys.has(lead));
        const paradigm = s.inSentence.find(
          (o) => o.start === paradigmAt && !o.group.proposed && A_WAY_OF_LEARNING.test(o.group.name)
        );
        if (!proposal || !paradigm) return [];
        return [
          {
            from: proposal,
            type: "VARIANT_OF",
            to: paradigm.group,
            evidence: sentenceEvidence(s, s.sentence.start, paradigm.end, 0.5, "relation-title-for")
          }
        ];
      }
    };
  }
});

// ingest/extract/relations/title-from-to.ts
var titleFromTo;
var init_title_from_to = __esm({
  "ingest/extract/relations/title-from-to.ts"() {
    "use strict";
    init_scope2();
    titleFromTo = {
      name: "relation-title",
      find(s) {
        const fromTo = s.field === "title" ? /^(\s*from\s+)(.+?)\s+to\s+/i.exec(s.sentence.text) : null;
        if (!fromTo) return [];
        const toAt = s.sentence.start + fromTo[0].length;
        const old = s.inSentence.find((o) => o.start >= s.sentence.start + fromTo[1].length && o.end < toAt);
        const replacement = s.inSentence.find((o) => o.start === toAt);
        if (!old || !replacement || old.group === replacement.group) return [];
        return [
          {
            from: replacement.group,
            type: "ALTERNATIVE_TO",
            to: old.group,
            evidence: sentenceEvidence(s, s.sentence.start, replacement.end, 0.6, "relation-title")
          }
        ];
      }
    };
  }
});

// ingest/extract/relations/index.ts
function findRelations(fields, occurrences2, groups, rules = {
  sentence: SENTENCE_RULES,
  pair: PAIR_RULES
}) {
  const relations = [];
  const seen = /* @__PURE__ */ new Set();
  const add = ({ from, type, to, evidence }) => {
    const id = `${from.name}|${type}|${to.name}`;
    if (from === to || seen.has(id) || seen.has(`${to.name}|${type}|${from.name}`)) return;
    seen.add(id);
    relations.push({ from: from.name, type, to: to.name, evidence });
  };
  const methods = occurrences2.filter((o) => o.group.kind === "method");
  const paper = { fields, groups, methods, primary: methods.find((o) => o.group.proposed)?.group };
  for (const { field, text, sentences } of fields) {
    for (const sentence of sentences) {
      const inSentence = methods.filter(
        (o) => o.field === field && o.start >= sentence.start && o.end <= sentence.end
      );
      const scope = { ...paper, field, text, sentence, inSentence };
      for (const rule of rules.sentence)
        if (inSentence.length > 0 || rule.withoutMethods) rule.find(scope).forEach(add);
    }
  }
  const first = /* @__PURE__ */ new Map();
  for (const o of methods) if (!first.has(o.group)) first.set(o.group, o);
  const pairs = { ...paper, first };
  const named = groups.filter((g) => g.kind === "method" && first.has(g));
  for (const child of named)
    for (const parent of named) for (const rule of rules.pair) rule.find(child, parent, pairs).forEach(add);
  return relations;
}
var SENTENCE_RULES, PAIR_RULES;
var init_relations = __esm({
  "ingest/extract/relations/index.ts"() {
    "use strict";
    init_approximation();
    init_apposition();
    init_cue_phrases();
    init_dangling_alternative();
    init_free_suffix();
    init_lexicon_alternative();
    init_lexicon_parent();
    init_name_head();
    init_subtitle();
    init_title_for();
    init_title_from_to();
    SENTENCE_RULES = [
      danglingAlternative,
      cuePhrases,
      approximation,
      apposition,
      subtitle,
      titleFor,
      titleFromTo,
      freeSuffix
    ];
    PAIR_RULES = [lexiconAlternative, lexiconParent, nameHead];
  }
});

// ingest/extract/results/attach/dataset.ts
var distance, attachDataset;
var init_dataset = __esm({
  "ingest/extract/results/attach/dataset.ts"() {
    "use strict";
    distance = (span2, at) => span2.start >= at.end ? span2.start - at.end : at.start - span2.end;
    attachDataset = (s, at, values) => {
      const { value } = at;
      const datasets = s.spans.filter((sp) => sp.concept.kind === "dataset");
      const names = [...new Set(datasets.map((d) => d.concept.name))];
      if (names.length > 1 && /\brespectively\b/i.test(s.text)) {
        const same = values.filter((v) => v.metric !== null && v.value.unit === value.unit);
        const i = same.indexOf(at);
        if (i >= 0 && same.length >= names.length) return names[Math.min(i, names.length - 1)];
      }
      const between = (d) => values.some(
        (v) => d.start >= value.end && v !== at && (v.metric === null || v.metric !== at.metric) && v.value.start >= value.end && v.value.end <= d.start
      );
      const near = datasets.filter((d) => !between(d)).sort((a, b) => distance(a, value) - distance(b, value))[0];
      if (near) return near.concept.name;
      if (datasets.length > 0) return null;
      return s.proposedDatasets.length === 1 ? s.proposedDatasets[0].name : null;
    };
  }
});

// ingest/extract/results/attach/method.ts
var OBJECT_CUE, OWN_WORK, OTHERS, CLAUSE_BREAK, attachMethod;
var init_method = __esm({
  "ingest/extract/results/attach/method.ts"() {
    "use strict";
    OBJECT_CUE = /\b(?:over|than|to|vs\.?|versus|against|compared|outperform\w*|surpass\w*|beat\w*|with|using|use[sd]?|leverag\w*|replac\w*|from|of|and|baselines?|like|such as|including)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}-]+\s+)?$/iu;
    OWN_WORK = /\b(?:we|our|ours|proposed|this (?:method|approach|model|framework|technique|system|work|paper|algorithm))\b/i;
    OTHERS = /\b(?:from|previous best|prior best|baseline'?s?|compared to)\s+(?:(?!by\s)[\p{L}-]+\s+){0,4}$/iu;
    CLAUSE_BREAK = /[;,:]\s|\b(?:that|which|where|while|whereas|and)\s/gi;
    attachMethod = (s, { value }) => {
      const lead = s.text.slice(0, value.start);
      if (OTHERS.test(lead)) return null;
      const methods = s.spans.filter((sp) => sp.concept.kind === "method" && sp.end <= value.start);
      const named = methods.find((sp) => /^\s*\(\s*$/.test(s.text.slice(sp.end, value.start)));
      if (named) return named.concept.name;
      const proposed = methods.filter((sp) => sp.concept.proposed);
      if (proposed.length > 0) return proposed[proposed.length - 1].concept.name;
      const own = s.proposedMethods[0]?.name ?? null;
      if (OWN_WORK.test(lead)) return own;
      const clause = Math.max(0, ...[...lead.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length));
      const subjects = methods.filter((sp) => !OBJECT_CUE.test(s.text.slice(0, sp.start)));
      const subject = subjects.find((sp) => sp.start >= clause) ?? subjects[0];
      if (subject) return subject.concept.name;
      return methods.length === 0 ? own : null;
    };
  }
});

// ingest/extract/results/attach/task.ts
var INTRODUCED, attachTask;
var init_task = __esm({
  "ingest/extract/results/attach/task.ts"() {
    "use strict";
    INTRODUCED = /^(?:[^,;()%\d]|(?<=[\p{L}-])\d){0,30}\b(?:on|in|for)\s+(?:the\s+)?$/iu;
    attachTask = (s, { value }, values) => {
      const tasks = s.spans.filter((sp) => sp.concept.kind === "task");
      const after2 = tasks.find((t) => t.start >= value.end && INTRODUCED.test(s.text.slice(value.end, t.start)));
      if (after2) return after2.concept.name;
      const before2 = tasks.filter((t) => t.end <= value.start).filter(
        (t) => !values.some((v) => v.value.start >= t.end && v.value.end <= value.start && v.value !== value)
      );
      return before2[before2.length - 1]?.concept.name ?? null;
    };
  }
});

// src/graph/metrics.ts
var SCORE, CHANGE, score, change, METRICS, BY_NAME, TYPED_SHORTHANDS, foldMetric, BY_FORM;
var init_metrics = __esm({
  "src/graph/metrics.ts"() {
    "use strict";
    SCORE = ["percent", "points", "relative", "number"];
    CHANGE = ["percent", "relative", "times", "number"];
    score = (name, aliases, higherIsBetter = true) => ({
      name,
      aliases,
      higherIsBetter,
      units: SCORE
    });
    change = (name, aliases, higherIsBetter = true) => ({
      name,
      aliases,
      higherIsBetter,
      units: CHANGE,
      change: true
    });
    METRICS = [
      score("top-1 accuracy", ["top-1 accuracy", "top-1 acc", "top-1 classification accuracy", "top1 accuracy"]),
      score("top-5 accuracy", ["top-5 accuracy", "top-5 acc", "top-5 classification accuracy", "top5 accuracy"]),
      score("top-1 error", ["top-1 error", "top-1 error rate", "top-1 classification error"], false),
      score("top-5 error", ["top-5 error", "top-5 error rate", "top-5 classification error"], false),
      score("word error rate", ["word error rate", "WER", "WERs"], false),
      score("character error rate", ["character error rate", "CER"], false),
      score("error rate", ["error rate", "error rates", "classification error", "test error", "error"], false),
      score("balanced accuracy", ["balanced accuracy"]),
      score("exact match", ["exact match", "exact-match accuracy", "EM"]),
      score("accuracy", ["accuracy", "accuracies", "acc", "classification accuracy", "test accuracy"]),
      score("macro-f1", ["macro-f1", "macro f1", "macro-averaged f1", "macro f1-score", "macro-f1 score"]),
      score("micro-f1", ["micro-f1", "micro f1", "micro-averaged f1", "micro f1-score", "micro-f1 score"]),
      score("f1", ["f1", "f1-score", "f1 score", "f1 scores", "f-1", "f-score", "f-measure", "f1-measure"]),
      score("precision", ["precision"]),
      score("recall", ["recall"]),
      score("bleu", ["BLEU", "bleu score", "sacreBLEU", "BLEU-4"]),
      score("rouge-1", ["ROUGE-1", "rouge-1"]),
      score("rouge-2", ["ROUGE-2", "rouge-2"]),
      score("rouge-l", ["ROUGE-L", "rouge-l"]),
      score("rouge", ["ROUGE", "rouge score"]),
      score("meteor", ["METEOR"]),
      score("cider", ["CIDEr", "CIDER"]),
      score("ap50", ["AP50", "AP_50", "AP@50", "AP@0.5"]),
      score("map", ["mAP", "MAP", "mean average precision"]),
      score("ap", ["AP", "average precision"]),
      score("miou", ["mIoU", "mean IoU", "mean intersection over union"]),
      score("iou", ["IoU", "intersection over union"]),
      score("roc-auc", ["ROC-AUC", "AUROC", "AUC-ROC", "area under the ROC curve"]),
      score("auc", ["AUC", "area under the curve"]),
      score("perplexity", ["perplexity", "perplexities", "PPL"], false),
      score("fid", ["FID", "Fr\xE9chet Inception Distance", "Frechet Inception Distance"], false),
      score("inception score", ["inception score"]),
      score("psnr", ["PSNR", "peak signal-to-noise ratio"]),
      score("ssim", ["SSIM"]),
      score("pass@1", ["pass@1"]),
      score("pass@k", ["pass@k", "pass@10", "pass@100"]),
      score("attack success rate", ["attack success rate", "ASR"]),
      score("success rate", ["success rate", "success rates"]),
      score("win rate", ["win rate", "win-rate", "net win rate", "winning rate"]),
      score("ndcg", ["NDCG", "nDCG", "NDCG@10", "nDCG@10"]),
      score("mrr", ["MRR", "mean reciprocal rank"]),
      score("hits@k", ["hits@1", "hits@3", "hits@10", "hit@1", "hit@10", "hits@k"]),
      score("recall@k", ["recall@1", "recall@5", "recall@10", "R@1", "R@5", "R@10"]),
      score("correlation", ["correlation", "Pearson correlation", "Spearman correlation"]),
      score("reward", ["reward", "return", "episodic return", "average return"]),
      score("usability score", ["usability score", "system usability score", "SUS"]),
      // the least specific: "a 29.79% score on AlpacaEval"
      score("score", ["score", "scores"]),
      change("relative error reduction", ["relative error reduction", "relative reduction in error"]),
      change("error reduction", ["error reduction", "error rate reduction", "reduction in error"]),
      change("relative improvement", [
        "relative improvement",
        "relative improvements",
        "relative gain",
        "relative lift"
      ]),
      change("speedup", ["speedup", "speed-up", "speedups", "speed up", "speeds up", "faster", "acceleration"]),
      change("parameter reduction", [
        "fewer parameters",
        "less parameters",
        "parameter reduction",
        "number of parameters",
        "parameter count"
      ]),
      change("compute reduction", [
        "less compute",
        "less computation",
        "fewer FLOPs",
        "compute reduction",
        "computational cost",
        "computation cost"
      ]),
      change("memory reduction", ["less memory", "memory reduction", "memory savings", "memory footprint"]),
      change("token reduction", ["fewer tokens", "token reduction", "number of tokens"]),
      change("training time reduction", ["less training time", "training time reduction", "training time"]),
      change("latency reduction", ["lower latency", "latency reduction", "latency", "inference time"]),
      change("model size reduction", [
        "smaller model",
        "model size reduction",
        "smaller models",
        "model size",
        "network size"
      ]),
      change("overhead reduction", ["overhead", "overhead reduction"]),
      change("throughput improvement", ["throughput"]),
      change("improvement", ["improvement", "improvements", "boost", "lift", "margin", "better", "higher"]),
      // the text's own word for a gain is kept: "a 6.7% gain", "a 137% increase"
      change("gain", ["gain", "gains"]),
      change("increase", ["increase", "increases"]),
      change("reduction", ["reduction", "decrease", "lower"], true)
    ];
    BY_NAME = new Map(METRICS.map((m) => [m.name, m]));
    TYPED_SHORTHANDS = {
      top1: "top-1 accuracy",
      "top 1": "top-1 accuracy",
      top5: "top-5 accuracy",
      "top 5": "top-5 accuracy",
      err: "error rate"
    };
    foldMetric = (name) => name.toLowerCase().replace(/[-_\s]+/g, " ").trim();
    BY_FORM = new Map(Object.entries(TYPED_SHORTHANDS));
    for (const metric of METRICS)
      for (const form of [metric.name, ...metric.aliases])
        if (!BY_FORM.has(foldMetric(form))) BY_FORM.set(foldMetric(form), metric.name);
  }
});

// ingest/extract/results/metric-mentions.ts
function compile() {
  const exact = [];
  const anyCase = [];
  const byExact = /* @__PURE__ */ new Map();
  const byAnyCase = /* @__PURE__ */ new Map();
  for (const metric of METRICS)
    for (const alias of metric.aliases) {
      const cased = /\p{Lu}/u.test(alias);
      const key2 = cased ? alias.replace(/[\s‐-]+/g, "") : formKey(alias);
      const map = cased ? byExact : byAnyCase;
      if (!map.has(key2)) map.set(key2, metric);
      (cased ? exact : anyCase).push(alias);
    }
  const regex = (aliases, flags) => new RegExp(
    `(?<![\\p{L}\\p{N}@])(?:${aliases.sort((a, b) => b.length - a.length).map(pattern).join("|")})s?(?![\\p{L}\\p{N}@])`,
    flags
  );
  return { exact: regex(exact, "gu"), anyCase: regex(anyCase, "giu"), byExact, byAnyCase };
}
function findMetricMentions(sentence) {
  vocabulary ??= compile();
  const { exact, anyCase, byExact, byAnyCase } = vocabulary;
  const found = [];
  const add = (start, end, metric) => {
    if (metric) found.push({ metric, start, end });
  };
  const lookup = (text, map, key2) => map.get(key2(text)) ?? map.get(key2(text.replace(/s$/, "")));
  for (const m of sentence.matchAll(exact))
    add(
      m.index,
      m.index + m[0].length,
      lookup(m[0], byExact, (t) => t.replace(/[\s‐-]+/g, ""))
    );
  for (const m of sentence.matchAll(anyCase))
    add(m.index, m.index + m[0].length, lookup(m[0], byAnyCase, formKey));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}
var pattern, formKey, vocabulary;
var init_metric_mentions = __esm({
  "ingest/extract/results/metric-mentions.ts"() {
    "use strict";
    init_metrics();
    pattern = (alias) => alias.split(/[\s‐-]+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\u2010-]?");
    formKey = (text) => text.toLowerCase().replace(/[\s‐-]+/g, "");
  }
});

// ingest/extract/results/not-results.ts
function notAResult(sentence, value) {
  return NOT_RESULTS.find((r) => r.test(sentence, value))?.name;
}
var before, after, bare, COUNTED, NOT_RESULTS;
var init_not_results = __esm({
  "ingest/extract/results/not-results.ts"() {
    "use strict";
    before = (sentence, v, chars = 24) => sentence.slice(Math.max(0, v.start - chars), v.start);
    after = (sentence, v, chars = 40) => sentence.slice(v.end, v.end + chars);
    bare = (v) => v.unit === "number" && !/±/.test(v.text);
    COUNTED = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:sentences?|words?|tokens?|images?|videos?|samples?|examples?|instances?|documents?|pairs?|questions?|dialogues?|utterances?|hours?|minutes?|seconds?|days?|years?|languages?|tasks?|datasets?|benchmarks?|domains?|classes|categories|layers?|heads?|parameters?|params|weights|neurons?|units?|GPUs?|TPUs?|nodes?|edges?|graphs?|users?|participants?|annotators?|models?|LLMs?|methods?|baselines?|agents?|steps?|epochs?|iterations?|rounds?|runs?|trials?|shots?|demonstrations?|queries|calls?|dimensions?|features?|bits?|million|billion|thousand|times|articles|papers|entities|relations|triples|labels|points?\s+of|subjects?|speakers?|persons?|individuals?|frames?|clips?|scenes?|objects?|characters?|pages?|people|patients?|species|cities|countries|environments?|games?|levels?|types?|kinds?)\b/iu;
    NOT_RESULTS = [
      // "in 2019", "since 1998"
      {
        name: "year",
        test: (_, v) => bare(v) && Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2099
      },
      // "Section 3", "Table 2", "Fig. 4", "Eq. (5)", "Theorem 1", "[12]", "Task 3", "v2"
      {
        name: "reference",
        test: (s, v) => /(?:\b(?:sections?|sec\.|tables?|fig\.|figures?|figs\.|eqs?\.|equations?|appendix|chapters?|theorems?|lemmas?|corollary|algorithms?|steps?|stages?|phases?|tasks?|subtasks?|parts?|rounds?|levels?|versions?|track)\s*\(?|\[[\d,\s–-]*)$/i.test(
          before(s, v)
        )
      },
      // "5-shot", "3-layer", "2-hop", "10-fold cross-validation", "8-bit"
      {
        name: "modifier",
        test: (s, v) => /^[‐-]\p{L}/u.test(after(s, v)) || /^\s*cross[\s‐-]?validation/i.test(after(s, v))
      },
      // "20 sentences", "7B parameters", "30 downstream tasks": a bare number before what it counts
      {
        name: "count",
        test: (s, v) => (bare(v) || v.unit === "times") && COUNTED.test(after(s, v)) && !/\b(?:fewer|less|more|smaller|larger)\b/i.test(after(s, v, 12))
      },
      // "DALL-E 3", "GPT 4", "YOLO 9000": a whole number after a name in capitals is part of it
      {
        name: "name",
        test: (s, v) => bare(v) && Number.isInteger(v.value) && /(?:^|\s)(?=[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*\p{Lu})[\p{L}\p{N}-]+\s$/u.test(before(s, v))
      },
      // "1/5th", "1/\sqrt T": the numerator of a fraction
      { name: "fraction", test: (s, v) => /^\//.test(after(s, v)) },
      // "(2) the execution time": an item of an enumeration
      { name: "enumeration", test: (s, v) => bare(v) && /\($/.test(before(s, v)) && /^\)/.test(after(s, v)) },
      // "108 FPS", "23.1 ms", "16 GB": a measure in a unit no metric is written in
      {
        name: "measure",
        test: (s, v) => bare(v) && /^\s?(?:fps|ms|milliseconds?|s|sec|seconds?|minutes?|hours?|days?|[kmgt]b|bytes?|flops|[kmgt]hz|watts?|w|mb\/s)\b/i.test(
          after(s, v)
        )
      },
      // "top 10", "k = 5", "a beam size of 5": ranks and settings
      {
        name: "setting",
        test: (s, v) => bare(v) && /(?:\b(?:top|rank(?:ed)?|k|n|first|last|size|batch|beam|window|length|budget)(?:\s+of)?\s*[=:]?\s*)$/i.test(
          before(s, v, 16)
        )
      }
    ];
  }
});

// ingest/extract/results/pairing/types.ts
var CHANGE_WORDS;
var init_types = __esm({
  "ingest/extract/results/pairing/types.ts"() {
    "use strict";
    CHANGE_WORDS = /\b(?:improv\w*|gains?|increas\w*|boost\w*|outperform\w*|surpass\w*|higher|lower|better|worse|more|less|fewer|reduc\w*|decreas\w*|drops?|lift|margin|by|absolute|relative)\b/i;
  }
});

// ingest/extract/results/pairing/metric-after.ts
var GAP, MAX_GAP, GENERIC2, metricAfter;
var init_metric_after = __esm({
  "ingest/extract/results/pairing/metric-after.ts"() {
    "use strict";
    init_types();
    GAP = /^(?:\s|[-+±.,%×x\d]|\band\s+(?=[-+]?\d)|\b(?:absolute|relative|average|avg|overall|mean|higher|lower|better|worse|improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|points?|in|of|on|on average|the|terms|an?|respectively)\b)*(?:(?!(?:and|or|during|with|for|at|by|from|over|than|to|while|when|using|our|their|its|this|these|those|that)\s)\p{L}[\p{L}-]*\s)?$/iu;
    MAX_GAP = 40;
    GENERIC2 = /* @__PURE__ */ new Set(["improvement", "gain", "increase", "reduction"]);
    metricAfter = (sentence, value, metrics) => {
      const near = metrics.filter(
        (m) => m.start >= value.end && m.start - value.end <= MAX_GAP && GAP.test(sentence.slice(value.end, m.start))
      );
      const metric = near.find((m) => !GENERIC2.has(m.metric.name)) ?? near[0];
      if (!metric) return void 0;
      const gap = sentence.slice(value.end, metric.start);
      return {
        metric,
        change: value.signed || CHANGE_WORDS.test(gap) || GENERIC2.has(near[0].metric.name) || metric.metric.change === true,
        rule: "metric-after",
        confidence: gap.trim() === "" ? 0.8 : 0.7
      };
    };
  }
});

// ingest/extract/results/pairing/metric-before.ts
var HEDGE, LINK, NEAR, FAR, SHORT2, metricBefore;
var init_metric_before = __esm({
  "ingest/extract/results/pairing/metric-before.ts"() {
    "use strict";
    HEDGE = String.raw`(?:up to|about|around|approximately|nearly|almost|over|above|below|more than|less than|at least|at most|only|roughly|as much as|as high as|an average of|on average|average|a|an|the)`;
    LINK = String.raw`(?:scores?|rates?|values?|results?|performance|metrics?|gains?|improvements?)?\s*(?:of|at|is|was|are|were|reaches|reached|achieves?|achieving|to|=|:|\(|by|reaching|ranging from|range from|between)`;
    NEAR = new RegExp(String.raw`^\s*(?:[^,;()\d%\s]+\s+)?${LINK}\s*(?:${HEDGE}\s+)*\(?$`, "i");
    FAR = new RegExp(
      String.raw`^\s*(?:[^,;()\d%]{0,48}?\s)?(?:by|at|is|was|are|were|reaches|reached|achieves?|achieving|reaching|to|ranging from|range from|between)\s+(?:${HEDGE}\s+)*$`,
      "i"
    );
    SHORT2 = new RegExp(String.raw`^\s*(?:\(|:|=)?\s*(?:${HEDGE}\s+)*$`, "i");
    metricBefore = (sentence, value, metrics) => {
      const last = [...metrics].reverse().find((m) => m.end <= value.start);
      if (!last) return void 0;
      const scored = metrics.find((m) => !m.metric.change && m.end <= last.start && last.start - m.end <= 1);
      const metric = last.metric.change && scored ? scored : last;
      const gap = sentence.slice(metric.end, value.start);
      if (!SHORT2.test(gap) && !NEAR.test(gap) && !FAR.test(gap)) return void 0;
      if (metric.metric.change && /(?<!\bup\s)\bto\s*$/i.test(gap)) return void 0;
      const change2 = value.signed || metric !== last || /\bby\b/i.test(gap) && !/(?<!\bup\s)\bto\s*$/.test(gap) || (metric.metric.change ?? false);
      return {
        metric,
        change: change2,
        rule: "metric-before",
        confidence: SHORT2.test(gap) ? 0.75 : 0.65
      };
    };
  }
});

// ingest/extract/results/pairing/shared-metric.ts
var GAP2, sharedMetric;
var init_shared_metric = __esm({
  "ingest/extract/results/pairing/shared-metric.ts"() {
    "use strict";
    GAP2 = /^\s*(?:(?:for|on|in|with|at|and|or|vs\.?|versus)\b[^,;:()\d%]{0,40}?)?(?:,\s*(?:and|or|while)?|\s(?:and|or|while|\/))\s*(?:(?:up to|about|around|nearly|over)\s+)?$/i;
    sharedMetric = (sentence, value, _metrics, paired) => {
      const prev = paired[paired.length - 1];
      if (!prev || prev.value.unit !== value.unit) return void 0;
      const from = Math.max(prev.value.end, prev.pairing.metric.end);
      if (from > value.start || !GAP2.test(sentence.slice(from, value.start))) return void 0;
      return { ...prev.pairing, rule: "shared-metric", confidence: prev.pairing.confidence - 0.1 };
    };
  }
});

// ingest/extract/results/values.ts
function parseNumber(text) {
  const t = text.replace(/^[±+]/, "").replace(/^[−-]/, "-");
  const thousands = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t);
  return Number(thousands ? t.replace(/,/g, "") : t.replace(",", "."));
}
function findValues(sentence) {
  const found = [];
  for (const m of sentence.matchAll(ONE)) {
    const [whole, number, written = "", spread, relative] = m;
    const unit = written || (spread?.endsWith("%") ? "%" : "");
    if (!unit && /^[\p{L}\p{N}]/u.test(sentence.slice(m.index + whole.length))) continue;
    const text = whole.trimEnd();
    found.push({
      text,
      start: m.index,
      end: m.index + text.length,
      value: parseNumber(number),
      unit: unitOf(unit, /relative/i.test(relative ?? "")),
      signed: /^[+±−-]/.test(number) || relative !== void 0 || unitOf(unit, false) === "points",
      written: unit
    });
  }
  return joinRanges(sentence, found);
}
function joinRanges(sentence, values) {
  const out = [];
  for (const v of values) {
    const prev = out[out.length - 1];
    const gap = prev && sentence.slice(prev.end, v.start);
    const sameUnit = prev && (!prev.written || prev.written.trim() === v.written.trim());
    const dashed = prev !== void 0 && gap === "" && /^[-–]/.test(v.text);
    if (prev && gap !== void 0 && (dashed || RANGE_GAP.test(gap) && !/^[+±−-]/.test(v.text)) && sameUnit) {
      if (!/to/.test(gap) || !FROM_BEFORE.test(sentence.slice(0, prev.start))) {
        out[out.length - 1] = {
          ...prev,
          text: sentence.slice(prev.start, v.end),
          end: v.end,
          // "4.73% to 7.65% relative": what the second end says holds for the range
          unit: v.unit === "relative" || !prev.written ? v.unit : prev.unit,
          signed: prev.signed || v.signed,
          written: prev.written || v.written
        };
        continue;
      }
    }
    out.push(v);
  }
  return out;
}
var NUMBER, UNIT, ONE, RANGE_GAP, FROM_BEFORE, unitOf;
var init_values = __esm({
  "ingest/extract/results/values.ts"() {
    "use strict";
    NUMBER = String.raw`[+±−-]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:,\d{1,2}(?![\d]))?)(?:\.\d+)?`;
    UNIT = String.raw`\s?(?:%|percent\b|percentage points?\b|pp\b|points?\b|pts\b|(?:x|×|X)(?![\p{L}\p{N}])|times\b|-?fold\b|dB\b)`;
    ONE = new RegExp(
      String.raw`(?<![\p{L}\p{N}_.,@/^'’#])(?<!\p{L}[‐-])(${NUMBER})(${UNIT})?(\s?±\s?\d+(?:\.\d+)?%?)?(\s(?:relative|absolute)\b)?`,
      "gu"
    );
    RANGE_GAP = /^(?:\s?(?:-|–|—|~|to)\s?| {1,3})$/;
    FROM_BEFORE = /(?<!rang\w*\s)\bfrom\b[^\d,;]{0,40}$/i;
    unitOf = (unit, relative) => {
      if (relative) return "relative";
      const u = unit.trim().toLowerCase();
      if (u === "%" || u === "percent") return "percent";
      if (/^(?:points?|pts|pp|percentage points?)$/.test(u)) return "points";
      if (/^(?:x|×|times|-?fold)$/.test(u)) return "times";
      return "number";
    };
  }
});

// ingest/extract/results/index.ts
function findResults(fields, kept) {
  const results = [];
  const proposedMethods = proposedFirst(kept);
  const proposedDatasets = kept.filter((k) => k.mention.kind === "dataset" && k.mention.role === "proposed").map((k) => ({ kind: k.mention.kind, name: k.mention.name, proposed: true }));
  for (const f of fields)
    for (const sentence of f.sentences) {
      if (!HAS_DIGIT.test(sentence.text)) continue;
      const values = findValues(sentence.text).filter((v) => notAResult(sentence.text, v) === void 0);
      if (values.length === 0) continue;
      const metrics = findMetricMentions(sentence.text);
      if (metrics.length === 0) continue;
      const context = {
        text: sentence.text,
        spans: spansIn(kept, f.field, sentence),
        proposedMethods,
        proposedDatasets
      };
      const paired = [];
      for (const value of values) {
        const pairing = pairValue(sentence.text, value, metrics, paired);
        if (pairing) paired.push({ value, pairing });
      }
      const stated = values.map((value) => ({
        value,
        metric: paired.find((p) => p.value === value)?.pairing.metric.metric.name ?? null
      }));
      for (const { value, pairing } of paired) {
        const at = stated.find((s) => s.value === value);
        results.push({
          method: attachMethod(context, at, stated),
          dataset: attachDataset(context, at, stated),
          task: attachTask(context, at, stated),
          metric: pairing.metric.metric.name,
          higherIsBetter: pairing.metric.metric.higherIsBetter,
          valueText: value.text,
          value: value.value,
          unit: unitOf2(value, pairing),
          evidence: {
            sentence: sentence.text,
            start: sentence.start + value.start,
            end: sentence.start + value.end,
            field: f.field,
            confidence: pairing.confidence,
            extractor: `result-${pairing.rule}`
          }
        });
      }
    }
  return results;
}
function pairValue(sentence, value, metrics, paired) {
  for (const rule of PAIRING_RULES) {
    const pairing = rule(sentence, value, metrics, paired);
    if (!pairing) continue;
    const unit = unitOf2(value, pairing);
    if (!pairing.metric.metric.units.includes(unit)) return void 0;
    if (pairing.metric.metric.change && value.unit === "number") return void 0;
    if (pairing.metric.metric.change && /^\s*of\s+(?:that|those|the\s+(?:original|baseline|full))\b/i.test(sentence.slice(value.end)))
      return void 0;
    if (pairing.metric.metric.name.endsWith(" reduction") && /\b(?:increas|grow|rais|add)\w*\s+(?:\S+\s+){0,4}$/i.test(sentence.slice(0, pairing.metric.start)))
      return void 0;
    return pairing;
  }
  return void 0;
}
function unitOf2(value, pairing) {
  if (pairing.metric.metric.change || !pairing.change || value.unit === "relative") return value.unit;
  return value.unit === "percent" || value.unit === "number" ? "points" : value.unit;
}
function spansIn(kept, field, sentence) {
  const spans = [];
  for (const k of kept) {
    const concept = {
      kind: k.mention.kind,
      name: k.mention.name,
      proposed: k.mention.role === "proposed"
    };
    for (const o of k.occurrences)
      if (o.field === field && o.start >= sentence.start && o.end <= sentence.end)
        spans.push({ concept, start: o.start - sentence.start, end: o.end - sentence.start });
    for (const form of /* @__PURE__ */ new Set([k.mention.name, ...k.mention.aliases]))
      for (const at of wholeWordsAt(sentence.text, form))
        if (!spans.some((s) => s.concept.name === concept.name && s.start < at + form.length && at < s.end))
          spans.push({ concept, start: at, end: at + form.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
function wholeWordsAt(text, form) {
  const at = [];
  if (form.length < 2) return at;
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1))
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[i + form.length] ?? ""))
      at.push(i);
  return at;
}
function proposedFirst(kept) {
  const rank = (k) => Math.min(...k.occurrences.map((o) => (o.field === "title" ? 0 : 1e6) + o.start), Infinity);
  return kept.filter((k) => k.mention.kind === "method" && k.mention.role === "proposed").sort((a, b) => rank(a) - rank(b)).map((k) => ({ kind: k.mention.kind, name: k.mention.name, proposed: true }));
}
var PAIRING_RULES, HAS_DIGIT;
var init_results = __esm({
  "ingest/extract/results/index.ts"() {
    "use strict";
    init_dataset();
    init_method();
    init_task();
    init_metric_mentions();
    init_not_results();
    init_metric_after();
    init_metric_before();
    init_shared_metric();
    init_values();
    PAIRING_RULES = [metricAfter, metricBefore, sharedMetric];
    HAS_DIGIT = /\d/;
  }
});

// ingest/extract/variants.ts
function findVariants(tokens, text, hits) {
  const covered = /* @__PURE__ */ new Set();
  for (const h of hits) for (let i = h.first; i <= h.last; i++) covered.add(i);
  const variants = [];
  for (const hit of hits) {
    if (hit.concept.kind !== "method" || /^\p{Ll}+$/u.test(hit.surface)) continue;
    let first = hit.first;
    for (let i = hit.first - 1; i >= 0 && hit.first - i <= MAX_MODIFIERS; i--) {
      const t = tokens[i];
      const gap = text.slice(t.end, tokens[i + 1].start);
      if (!/^[\s-]$/.test(gap) || covered.has(i) || isStopWord(t.low) || canBeVerb(t.low) || /^\d+$/.test(t.low))
        break;
      if (/(?:ed|ing|ly)$/.test(t.low) && gap !== "-") break;
      if (/^\p{Ll}+(?<![su]s|is)s$/u.test(t.text) && gap !== "-") break;
      first = i;
    }
    if (first < hit.first && first > 0 && VERB_OPENERS.has(tokens[first - 1].low)) first++;
    const inWord = (i) => i > 0 && /^[-‐]$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
    while (first < hit.first && (VAGUE.has(tokens[first].low) || ATTACHED.has(tokens[first].low) || inWord(first)))
      first++;
    if (first === hit.first) continue;
    const name = text.slice(tokens[first].start, hit.end);
    if (!isGeneric(name)) variants.push({ name, start: tokens[first].start, end: hit.end });
  }
  return variants;
}
function taskModifiers(tokens, text, hit) {
  const forms = [];
  for (let i = hit.first - 1; i >= 0 && hit.first - i <= MAX_MODIFIERS; i--) {
    const t = tokens[i];
    const gap = text.slice(t.end, tokens[i + 1].start);
    const joined = /[-‐]/.test(gap);
    if (!/^(?:\s|\s?[-‐]\s?)$/.test(gap) || isStopWord(t.low) || /^\d+$/.test(t.low)) break;
    if (!joined && (RATING.has(t.low) || canBeVerb(t.low) || /(?:ing|ly)$/.test(t.low))) break;
    if (i > 0 && VERB_OPENERS.has(tokens[i - 1].low)) break;
    const prev = i > 0 ? text.slice(tokens[i - 1].end, t.start) : " ";
    if (!/^[-‐]$/.test(prev)) forms.push(text.slice(t.start, hit.end));
  }
  return forms;
}
var VAGUE, VERB_OPENERS, ATTACHED, MAX_MODIFIERS, RATING;
var init_variants = __esm({
  "ingest/extract/variants.ts"() {
    "use strict";
    init_generic();
    init_words();
    VAGUE = /* @__PURE__ */ new Set([
      "deep",
      "traditional",
      "existing",
      "standard",
      "modern",
      "popular",
      "conventional",
      "previous",
      "recent",
      "many",
      "various",
      "different",
      "other",
      "several",
      "large",
      "small",
      "big",
      "huge",
      "tiny",
      // the state a model is used in, not a kind of it: "frozen PTM", "learnable linear classifier"
      "frozen",
      "learnable",
      "trainable",
      "simple",
      "powerful",
      "novel",
      "new",
      "current",
      "classical",
      "classic",
      "typical",
      "common",
      "general",
      "generic",
      "specific",
      "effective",
      "efficient",
      "accurate",
      "robust",
      "strong",
      "weak",
      "best",
      "better",
      "good",
      "high",
      "low",
      "state",
      "art",
      "first",
      "second",
      "single",
      "multiple",
      "same",
      "similar",
      "original",
      "underlying",
      "final",
      "overall",
      "whole",
      "full",
      "key",
      "main",
      "important",
      "particular",
      "certain",
      "real",
      "world",
      "downstream",
      "baseline",
      "prior",
      "further",
      "additional",
      "corresponding",
      "entire",
      "individual",
      "competitive",
      "successful",
      "sota",
      "vanilla",
      "plain",
      "basic",
      "shallow",
      "two",
      "three",
      "task",
      "tasks",
      "data",
      "model",
      "models",
      "method",
      "methods",
      "performance",
      "scale",
      "end",
      "all",
      "no",
      "longer",
      "any",
      "some",
      "most",
      "more",
      "less",
      "only",
      "intricate",
      "effortful"
    ]);
    VERB_OPENERS = /* @__PURE__ */ new Set([
      "we",
      "they",
      "to",
      "can",
      "may",
      "will",
      "could",
      "would",
      "should",
      "must",
      "also",
      "i",
      "you"
    ]);
    ATTACHED = /* @__PURE__ */ new Set(["style", "type", "like", "based", "size", "sized", "level", "wise", "scale"]);
    MAX_MODIFIERS = 3;
    RATING = new Set(
      "existing standard many various different other several novel new current recent previous most more no same powerful popular effective efficient accurate robust strong challenging important downstream traditional conventional classical typical common general specific key main particular certain further additional corresponding successful competitive best better good simple prior all any some only one two three both each such".split(
        " "
      )
    );
  }
});

// ingest/extract/replaced.ts
function findReplaced(text, sentences) {
  const found = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(REPLACE_CUE)) {
      const at = s.start + m.index + m[0].length;
      const skip = LEAD_IN.exec(text.slice(at, s.end))?.[0].length ?? 0;
      const words = wordsOf(text.slice(at + skip, s.end), at + skip);
      const phrase = [];
      for (const w of words) {
        const low = w.text.toLowerCase();
        if (phrase.length === MAX_WORDS3 || /^[,;:()[\]"]$/.test(low) || isStopWord(low) || low === "with")
          break;
        phrase.push(w);
      }
      if (phrase.length < 2 || phrase.length === MAX_WORDS3) continue;
      if (/(?:ing|ly|ed)$/i.test(phrase[0].text) && !/-/.test(phrase[0].text)) continue;
      const last = phrase[phrase.length - 1].text.toLowerCase();
      if (/(?:ly|ed|ing)$/.test(last) || NOT_METHOD.has(last)) continue;
      const name = text.slice(phrase[0].start, phrase[phrase.length - 1].end);
      if (/['’]s\b/.test(name)) continue;
      if (isGeneric(name) || phrase.every((w) => isGeneric(w.text) || VAGUE.has(w.text.toLowerCase())))
        continue;
      found.push({ name, start: phrase[0].start, end: phrase[phrase.length - 1].end });
    }
  }
  return found;
}
var REPLACE_CUE, LEAD_IN, MAX_WORDS3, NOT_METHOD;
var init_replaced = __esm({
  "ingest/extract/replaced.ts"() {
    "use strict";
    init_generic();
    init_variants();
    init_words();
    init_tokens();
    REPLACE_CUE = /\b(?:an? )?alternatives? to\s+|\binstead of\s+|\bin place of\s+|\breplac(?:e|es|ing)\s+|\binspired by\s+|\b(?:variant|extension|generali[sz]ation) of\s+|\bextends\s+|\bgenerali[sz]es\s+/gi;
    LEAD_IN = /^(?:(?:relying on|using|applying|requiring|the need for|the|a|an|commonly|widely|used|standard|conventional|traditional|existing|popular|usual|typical|common|current|costly|expensive)\s+)*/i;
    MAX_WORDS3 = 4;
    NOT_METHOD = new Set(
      "work works result results progress advances advancements ability abilities behavior behaviors behaviour behaviours success idea ideas insight insights observation observations finding findings literature studies study research ones dataset datasets corpus benchmark benchmarks data".split(
        " "
      )
    );
  }
});

// ingest/extract/task-items.ts
function taskItem(concept, surface, field, start, end, extractor, confidence) {
  return {
    kind: "task",
    role: "used",
    name: concept.name,
    surface,
    extraAliases: [],
    concept,
    weak: false,
    field,
    start,
    end,
    extractor,
    confidence
  };
}
function tasksInMethodNames(lexicon, tokens, text, hits, field) {
  const found = [];
  for (const h of hits) {
    if (h.concept.kind !== "method" || h.last - h.first < 2) continue;
    for (let from = h.first + 1; from < h.last; from++) {
      const surface = text.slice(tokens[from].start, h.end);
      const concept = lexicon.lookup(surface).find((c) => c.kind === "task");
      if (!concept) continue;
      found.push(taskItem(concept, surface, field, tokens[from].start, h.end, "method-task", 0.5));
      break;
    }
  }
  return found;
}
function keepDefinedTasksApart(items) {
  const defined = items.filter((i) => i.extractor === "acronym" && i.kind === "task" && !i.concept).map((i) => aliasKey(i.name));
  if (defined.length === 0) return;
  for (const i of items)
    if (i.extractor === "lexicon" && i.kind === "task")
      i.extraAliases = i.extraAliases.filter((a) => !defined.some((k) => aliasKey(a).endsWith(k)));
}
function elidedTasks(lexicon, tokens, text, hits, field) {
  const found = [];
  for (const h of hits) {
    if (h.concept.kind !== "task" || h.last === h.first || h.first < 2) continue;
    const conj = tokens[h.first - 1];
    const word = tokens[h.first - 2];
    if (!/^(?:and|or)$/.test(conj.low) || !/^\s+$/.test(text.slice(word.end, conj.start))) continue;
    const rest = text.slice(tokens[h.first + 1].start, h.end);
    const concept = lexicon.lookup(`${word.text} ${rest}`).find((c) => c.kind === "task");
    if (!concept || concept === h.concept) continue;
    found.push(taskItem(concept, `${word.text} ${rest}`, field, word.start, word.end, "elided-task", 0.6));
  }
  return found;
}
var init_task_items = __esm({
  "ingest/extract/task-items.ts"() {
    "use strict";
    init_names();
  }
});

// ingest/extract/proposals/title-cues.ts
function findTitleName(title) {
  const m = /^\s*([^:]{2,60}?)\s*:\s+(\S.*)$/.exec(title);
  if (!m) return void 0;
  const head = /^from\s+\S.*?\s+to\s+(\S.*)$/i.exec(m[1])?.[1] ?? m[1];
  const words = head.split(/\s+/);
  if (words.length > 5 || /[,?!'’]/.test(head) || !words.every((w) => looksLikeName(w) || /^(?:of|for|and|the|a|with|in|on|to)$/.test(w)))
    return void 0;
  if (isGeneric(head) || SURVEY.test(m[2]) || SURVEY.test(head)) return void 0;
  const kind = /\b(?:dataset|benchmark|corpus|database)\b/i.test(m[2]) ? "dataset" : "method";
  const start = title.indexOf(head);
  return {
    kind,
    role: "proposed",
    name: head,
    aliases: [head],
    start,
    end: start + head.length,
    extractor: "title-cue",
    confidence: 0.8
  };
}
function findTitleLead(title) {
  const words = wordsOf(title, 0);
  let i = /^(?:a|an|the)$/i.test(words[0]?.text ?? "") ? 1 : 0;
  const run = [];
  for (; i < words.length && !TITLE_BREAK.test(words[i].text); i++) {
    if (!/^[\p{Lu}\d]/u.test(words[i].text) || run.length === 4) return void 0;
    run.push(words[i]);
  }
  if (run.length === 0 || /ing$/i.test(run[0].text) || NOT_LEAD.test(run[0].text)) return void 0;
  if (i < words.length && /^[:?]$/.test(words[i].text)) return void 0;
  const name = span(title, run, 0);
  const parts = name.split(/[\s-]+/);
  const rated = parts.findIndex((w) => !VAGUE.has(w.toLowerCase()));
  const unrated = parts.slice(rated < 0 ? parts.length : rated).join(" ");
  if (isGeneric(name) || isGeneric(unrated) || SURVEY.test(name)) return void 0;
  return {
    kind: "method",
    role: "proposed",
    name,
    aliases: [],
    start: run[0].start,
    end: run[run.length - 1].end,
    extractor: "title-lead",
    confidence: 0.6
  };
}
var SURVEY, TITLE_BREAK, NOT_LEAD;
var init_title_cues = __esm({
  "ingest/extract/proposals/title-cues.ts"() {
    "use strict";
    init_generic();
    init_phrases2();
    init_variants();
    init_words();
    init_tokens();
    SURVEY = /\b(?:survey|review|overview|introduction|tutorial|primer|perspective|position|analysis|study|revisit)/i;
    TITLE_BREAK = /^(?:for|via|with|in|on|of|using|to|from|by|at|and|or|are|is|can|do|does|as|through|under|beyond|without|towards?)$/i;
    NOT_LEAD = /^(?:how|when|why|what|which|where|who|towards?|on|is|are|do|does|can|beyond|learning|understanding)$/i;
  }
});

// ingest/extract/proposals/title-names.ts
function nameFromTitle(lexicon, items, title) {
  const named = acronymOfTitle(items, title);
  const unnamed = (i) => i.kind === "method" && /^propose-(?:phrase|generic)$/.test(i.extractor);
  const phraseAt = items.findIndex((i) => i.kind === "method" && i.extractor === "propose-phrase");
  const at = phraseAt >= 0 ? phraseAt : items.findIndex(unnamed);
  const bare2 = at < 0 ? items.findIndex((i) => i.extractor === "propose-verb" || i.extractor === "propose-part") : -1;
  const parts = items.some((i) => i.extractor === "propose-part");
  const lead = !named && (at >= 0 || bare2 >= 0) && !items.some((i) => i.role === "proposed" && NAMED.has(i.extractor)) ? findTitleLead(title) : void 0;
  if (lead && at < 0) {
    if (!namesTask(lexicon, lead.name) && (parts || variesKnownMethod(lexicon, lead.name)) && lexicon.lookup(lead.name).length === 0) {
      const item = cueItem(lexicon, lead, "title");
      if (item) items.push(item);
    }
  } else if (lead && !namesTask(lexicon, lead.name)) {
    const phrase = items[at];
    const aliases = phrase.extractor === "propose-phrase" ? [phrase.surface, ...phrase.extraAliases] : [];
    const item = cueItem(lexicon, { ...lead, aliases }, "title");
    if (item) items.splice(at, 1, item);
  } else if (lead && items[at].extractor === "propose-phrase" && !TASK_HEAD.test(lead.name) && lexicon.lookup(lead.name).length === 0) {
    const phrase = items[at];
    items.splice(at, 1, { ...phrase, extraAliases: [...phrase.extraAliases, lead.name] });
  }
  const titled = findTitleLead(title);
  if (titled && /\s/.test(titled.name) && !items.some((i) => i.role === "proposed")) {
    const key2 = aliasKey(titled.name);
    const own = items.find(
      (i) => i.kind === "method" && !i.concept && i.field === "abstract" && aliasKey(i.surface) === key2
    );
    const item = own && cueItem(lexicon, titled, "title");
    if (item) items.push(item);
  }
  for (let i = items.length - 1; i >= 0; i--)
    if (/^propose-(?:generic|verb)$/.test(items[i].extractor)) items.splice(i, 1);
}
function baseNames(lexicon, items, abstract) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  let flat;
  for (const p of items) {
    if (p.role !== "proposed" || p.kind !== "method" || p.concept || seen.has(p.name)) continue;
    seen.add(p.name);
    const words = p.name.split(/\s+/);
    if (words.length < 3 || words.length > 5 || !VARIANT_MODIFIER.test(words[0])) continue;
    const base = words.slice(1);
    const name = base.join(" ");
    flat ??= abstract.text.toLowerCase().replace(/[\s-]+/g, " ");
    if (occurrences(flat, squash(name)) <= occurrences(flat, squash(p.name))) continue;
    if (isGeneric(name) || lexicon.lookup(name).length > 0 || TASK_HEAD.test(name)) continue;
    const pattern2 = base.map((w) => w.replace(/[^\p{L}\p{N}]+/gu, "[\\s-]*")).join("[\\s-]+");
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])(${pattern2})s?(?![\\p{L}\\p{N}-])`, "giu");
    for (const m of abstract.text.matchAll(re)) {
      const before2 = abstract.text.slice(Math.max(0, m.index - words[0].length - 1), m.index);
      if (aliasKey(before2) === aliasKey(words[0])) continue;
      found.push(
        makeItem({
          kind: "method",
          name,
          surface: m[1],
          field: "abstract",
          start: m.index,
          end: m.index + m[1].length,
          extractor: "name-base",
          confidence: 0.5
        })
      );
    }
  }
  return found;
}
function occurrences(text, part) {
  let n2 = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n2++;
  return n2;
}
function acronymOfTitle(items, title) {
  if (items.some((i) => i.role === "proposed" && NAMED.has(i.extractor))) return false;
  const lead = findTitleLead(title);
  const words = lead?.name.split(/[\s-]+/) ?? [];
  if (words.length < 3) return false;
  const initials = words.map((w) => w[0].toUpperCase()).join("");
  const short = items.find(
    (i) => i.extractor === "acronym" && i.kind === "method" && !i.concept && i.surface.replace(/s$/, "") === initials
  );
  if (!short) return false;
  for (const [k, i] of items.entries())
    if (i.kind === "method" && i.name === short.name)
      items[k] = { ...i, role: "proposed", extraAliases: [lead.name] };
  return true;
}
function variesKnownMethod(lexicon, name) {
  const words = name.split(/\s+/);
  return words.some(
    (_, i) => i > 0 && !isGeneric(words.slice(i).join(" ")) && lexicon.lookup(words.slice(i).join(" ")).some((c) => c.kind === "method")
  );
}
function namesTask(lexicon, name) {
  const words = name.split(/\s+/);
  if (TASK_HEAD.test(name) || words.length === 1 && !isCoined(name)) return true;
  return words.some(
    (_, i) => (i === 0 || i < words.length - 1) && lexicon.lookup(words.slice(i).join(" ")).some((c) => c.kind !== "method")
  );
}
var NAMED, VARIANT_MODIFIER, squash;
var init_title_names = __esm({
  "ingest/extract/proposals/title-names.ts"() {
    "use strict";
    init_names();
    init_generic();
    init_items();
    init_title_cues();
    init_words();
    NAMED = /* @__PURE__ */ new Set([
      "propose-cue",
      "naming-cue",
      "propose-acronym",
      "propose-acronym-head",
      "propose-coined"
    ]);
    VARIANT_MODIFIER = /^(?:deep|stochastic|bayesian|neural|sparse|robust|fast|hierarchical|adversarial|variational|recurrent|convolutional|graph|kernel|online|distributed|federated|differentiable|quantum|probabilistic|contrastive|conditional|implicit|dynamic|adaptive|generali[sz]ed|weighted|regulari[sz]ed|nonlinear|latent|gated|attentive|stacked|multi-\S+|self-\S+|semi-\S+)$/i;
    squash = (x) => x.toLowerCase().replace(/[\s-]+/g, " ").replace(/s$/, "");
  }
});

// ingest/extract/urls.ts
function findUrls(text) {
  const urls = [];
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    for (; ; ) {
      const trimmed = url.replace(/[.,;:!?'"]+$/, "");
      const close = /[)\]]$/.exec(trimmed);
      const opens = close ? count(trimmed, close[0] === ")" ? "(" : "[") : 0;
      const next = close && opens < count(trimmed, close[0]) ? trimmed.slice(0, -1) : trimmed;
      if (next === url) break;
      url = next;
    }
    if (/^https?:\/\/[^/]*\w\.\w/i.test(url) && !urls.includes(url)) urls.push(url);
  }
  return urls;
}
var URL_RE, count;
var init_urls = __esm({
  "ingest/extract/urls.ts"() {
    "use strict";
    URL_RE = /\bhttps?:\/\/[^\s<>"{}]+/gi;
    count = (text, char) => text.split(char).length - 1;
  }
});

// ingest/extract/versions.ts
function dropVersioned(items) {
  const versions = items.filter((i) => i.kind === "dataset" && /^dataset-/.test(i.extractor));
  if (versions.length === 0) return;
  const byName = /* @__PURE__ */ new Map();
  for (const i of items)
    if (i.extractor === "lexicon" && i.kind === "dataset")
      byName.set(i.name, [...byName.get(i.name) ?? [], i]);
  const drop = /* @__PURE__ */ new Set();
  for (const group2 of byName.values())
    if (group2.every((i) => versions.some((o) => versionOf(i, o)))) for (const i of group2) drop.add(i);
  for (let k = items.length - 1; k >= 0; k--) if (drop.has(items[k])) items.splice(k, 1);
}
var versionOf;
var init_versions = __esm({
  "ingest/extract/versions.ts"() {
    "use strict";
    versionOf = (inner, outer) => inner.field === outer.field && inner.start === outer.start && inner.end < outer.end && /^['’‐-]\S/.test(outer.surface.slice(inner.end - outer.start));
  }
});

// ingest/extract/contract.ts
function toContractJson(paper, extraction) {
  const { mentions } = extraction;
  return {
    id: paper.id,
    title: paper.title,
    methods_proposed: concepts(mentions, "method", "proposed"),
    methods_used: concepts(mentions, "method", "used"),
    datasets_proposed: concepts(mentions, "dataset", "proposed"),
    datasets_used: concepts(mentions, "dataset", "used"),
    tasks: concepts(mentions, "task"),
    relations: extraction.relations.map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      evidence: r.evidence
    })),
    code_urls: extraction.codeUrls,
    results: extraction.results.map((r) => ({
      method: r.method,
      dataset: r.dataset,
      task: r.task,
      metric: r.metric,
      value: r.valueText,
      sentence: r.evidence.sentence,
      numeric: r.value,
      unit: r.unit,
      higher_is_better: r.higherIsBetter,
      evidence: r.evidence
    }))
  };
}
var concepts;
var init_contract = __esm({
  "ingest/extract/contract.ts"() {
    "use strict";
    concepts = (mentions, kind, role) => mentions.filter((m) => m.kind === kind && (role === void 0 || m.role === role)).map((m) => ({ name: m.name, aliases: m.aliases, evidence: m.evidence }));
  }
});

// ingest/extract/index.ts
var extract_exports = {};
__export(extract_exports, {
  candidateSteps: () => candidateSteps,
  createCandidateFinder: () => createCandidateFinder,
  createExtractor: () => createExtractor,
  extractPaper: () => extractPaper,
  lexiconHits: () => lexiconHits,
  paperFields: () => paperFields,
  toContractJson: () => toContractJson
});
function candidateSteps(guesses) {
  return {
    field: [
      lexiconMatches,
      elidedTaskNames,
      tasksInsideMethodNames,
      invertedTasks,
      acronymDefinitions,
      variantPhrases,
      replacedPhrases,
      proposals,
      datasetNames,
      dropStrays
    ],
    paper: [
      titleName,
      nameFromTitleLead,
      baseNamesOfProposals,
      definedTasksApart,
      versionedDatasets,
      ...guesses.titlePurpose ? [titlePurpose] : [],
      ...guesses.heads ? [widenedPhrases(guesses.heads)] : [],
      ...guesses.tagger ? [taggedNames(guesses.tagger)] : []
    ]
  };
}
function createCandidateFinder(lexicon, guesses = { titlePurpose: false, heads: void 0 }) {
  const hitsOf2 = lexiconHits(lexicon);
  const steps = candidateSteps(guesses);
  const read = (field) => {
    const tokens = tokenize(field.text);
    const r = {
      lexicon,
      field,
      tokens,
      hits: hitsOf2(field, tokens),
      acronyms: findAcronyms(field.text),
      items: []
    };
    for (const step of steps.field) if (field.field === "abstract" || !step.abstractOnly) step.run(r);
    return r;
  };
  return (paper) => {
    const [title, abstract] = paperFields(paper).map(read);
    const reading = { lexicon, title, abstract, items: [...title.items, ...abstract.items] };
    for (const step of steps.paper) step.run(reading);
    const fields = [title.field, abstract.field];
    return { fields, candidates: merge(reading.items, fields) };
  };
}
function paperFields(paper) {
  const title = String(paper.title ?? "");
  const abstract = String(paper.abstract ?? "");
  return [
    { field: "title", text: title, sentences: [{ start: 0, end: title.length, text: title }] },
    { field: "abstract", text: abstract, sentences: splitSentences(abstract) }
  ];
}
function lexiconHits(lexicon) {
  const matcher = buildMatcher(lexicon);
  return (field, tokens = tokenize(field.text)) => {
    const starts = new Set(field.sentences.map((s) => s.start));
    return matcher.match(tokens, field.text, starts).filter((h) => !isIdiom(h, field.text));
  };
}
function createExtractor(lexicon, model) {
  const d = model && decider(model, lexicon);
  const find = createCandidateFinder(lexicon, {
    titlePurpose: d?.model.titlePurpose === true,
    heads: d?.heads,
    tagger: d?.tagger
  });
  return (paper) => {
    const { fields, candidates } = find(paper);
    const kept = d ? decide(d, candidates, fields) : candidates;
    const relations = findRelations(
      fields,
      kept.flatMap((m) => m.occurrences),
      kept.map((m) => m.group)
    );
    return {
      mentions: kept.map((m) => m.mention),
      // the rules' relations first; the relation model adds pairs they leave unrelated
      relations: d ? [...relations, ...learnedRelations(d, kept, fields, relations)] : relations,
      codeUrls: findUrls(fields[1].text),
      // after the decision: a result names only concepts the paper keeps
      results: findResults(fields, kept)
    };
  };
}
function extractPaper(paper) {
  committed ??= createExtractor(loadLexicon(), loadModel());
  return committed(paper);
}
var lexiconMatches, elidedTaskNames, tasksInsideMethodNames, invertedTasks, acronymDefinitions, variantPhrases, replacedPhrases, proposals, datasetNames, dropStrays, titleName, nameFromTitleLead, baseNamesOfProposals, definedTasksApart, versionedDatasets, titlePurpose, widenedPhrases, taggedNames, committed;
var init_extract = __esm({
  "ingest/extract/index.ts"() {
    "use strict";
    init_lexicon();
    init_acronym_items();
    init_acronyms();
    init_datasets();
    init_idioms();
    init_inverted();
    init_items();
    init_matcher();
    init_merge();
    init_model();
    init_phrases();
    init_task_cues();
    init_tagger();
    init_proposals();
    init_relations();
    init_results();
    init_replaced();
    init_sentences();
    init_task_items();
    init_title_cues();
    init_title_names();
    init_tokens();
    init_urls();
    init_variants();
    init_versions();
    init_contract();
    lexiconMatches = {
      name: "lexicon matches",
      run({ field: { field, text }, tokens, hits, items }) {
        for (const h of hits)
          items.push(
            makeItem({
              kind: h.concept.kind,
              name: h.concept.name,
              surface: h.surface,
              extraAliases: h.concept.kind === "task" ? taskModifiers(tokens, text, h) : [],
              concept: h.concept,
              weak: h.weak,
              field,
              start: h.start,
              end: h.end,
              extractor: "lexicon",
              confidence: h.weak ? 0.5 : 0.9
            })
          );
      }
    };
    elidedTaskNames = {
      name: "elided tasks",
      run: ({ lexicon, field, tokens, hits, items }) => void items.push(...elidedTasks(lexicon, tokens, field.text, hits, field.field))
    };
    tasksInsideMethodNames = {
      name: "tasks inside method names",
      run: ({ lexicon, field, tokens, hits, items }) => void items.push(...tasksInMethodNames(lexicon, tokens, field.text, hits, field.field))
    };
    invertedTasks = {
      name: "inverted tasks",
      run({ lexicon, field: { field, text }, tokens, hits, items }) {
        const tasksOf = findTasksOf(lexicon, tokens, text, hits);
        for (let i = items.length - 1; i >= 0; i--)
          if (items[i].extractor === "lexicon" && tasksOf.some((t) => t.start === items[i].start))
            items.splice(i, 1);
        for (const t of [...findInvertedTasks(lexicon, tokens, text), ...tasksOf])
          items.push(
            makeItem({
              kind: "task",
              name: t.concept.name,
              surface: t.surface,
              concept: t.concept,
              field,
              start: t.start,
              end: t.end,
              extractor: "inverted-task",
              confidence: 0.55
            })
          );
      }
    };
    acronymDefinitions = { name: "acronym definitions", run: acronymItems };
    variantPhrases = {
      name: "variant phrases",
      abstractOnly: true,
      run({ field: { field, text }, tokens, hits, items }) {
        for (const v of findVariants(tokens, text, hits)) {
          if (items.some((i) => i.start <= v.start && v.end <= i.end && i.extractor !== "lexicon")) continue;
          items.push(
            makeItem({
              kind: "method",
              name: v.name,
              field,
              start: v.start,
              end: v.end,
              extractor: "variant-phrase",
              confidence: 0.4
            })
          );
        }
      }
    };
    replacedPhrases = {
      name: "replaced phrases",
      abstractOnly: true,
      run({ field: { field, text, sentences }, items }) {
        for (const r of findReplaced(text, sentences)) {
          if (items.some((i) => i.start < r.end && r.start < i.end)) continue;
          items.push(
            makeItem({
              kind: "method",
              name: r.name,
              field,
              start: r.start,
              end: r.end,
              extractor: "replaced-phrase",
              confidence: 0.45
            })
          );
        }
      }
    };
    proposals = {
      name: "proposals",
      abstractOnly: true,
      run({ lexicon, field: { field, text, sentences }, acronyms, items }) {
        for (const cue of findProposals(lexicon, text, sentences, acronyms)) {
          const item = cueItem(lexicon, cue, field);
          if (item) items.push(item);
        }
      }
    };
    datasetNames = {
      name: "dataset names",
      abstractOnly: true,
      run({ lexicon, field: { field, text }, acronyms, items }) {
        const definedElse = (name) => acronyms.some(
          (d) => d.short.replace(/s$/, "") === name.replace(/s$/, "") && !DATASET_HEAD.test(d.long)
        );
        for (const cue of findDatasetNames(text)) {
          if (definedElse(cue.name)) continue;
          const item = cueItem(lexicon, cue, field);
          if (item) items.push(item);
        }
      }
    };
    dropStrays = {
      name: "drop strays",
      run({ field: { sentences }, items }) {
        const proposed = items.filter((i) => i.role === "proposed");
        const inProposal = (i) => i.extractor === "variant-phrase" && proposed.some((p) => p.start <= i.start && i.end <= p.end + 1);
        const kept = items.filter((i) => sentenceAt(sentences, i.start) >= 0 && !inProposal(i));
        items.splice(0, items.length, ...kept);
      }
    };
    titleName = {
      name: "title name",
      run({ lexicon, title, items }) {
        const cue = findTitleName(title.field.text);
        const item = cue && cueItem(lexicon, cue, "title");
        if (item) items.push(item);
      }
    };
    nameFromTitleLead = {
      name: "name from the title lead",
      run: ({ lexicon, title, items }) => nameFromTitle(lexicon, items, items.some((i) => i.extractor === "title-cue") ? "" : title.field.text)
    };
    baseNamesOfProposals = {
      name: "base names",
      run: ({ lexicon, abstract, items }) => void items.push(...baseNames(lexicon, items, abstract.field))
    };
    definedTasksApart = {
      name: "defined tasks apart",
      run: ({ items }) => keepDefinedTasksApart(items)
    };
    versionedDatasets = { name: "versioned datasets", run: ({ items }) => dropVersioned(items) };
    titlePurpose = {
      name: "title purpose",
      run: ({ title, items }) => void items.push(...findTitlePurpose(title.tokens, title.field))
    };
    widenedPhrases = (heads) => ({
      name: "widened phrases",
      run({ title, abstract, items }) {
        for (const r of [title, abstract]) items.push(...findPhrases(r.tokens, r.field, heads));
      }
    });
    taggedNames = (tagger3) => ({
      name: "tagged names",
      run({ title, abstract, items }) {
        for (const r of [title, abstract])
          for (const span2 of tagger3.tag(r.field, r.hits)) items.push(taggedItem(span2, r.field.field));
      }
    });
  }
});

// ../../tmp/tagtime2.mts
import { readFileSync as readFileSync3, readdirSync } from "node:fs";
import { join } from "node:path";
var { lexiconHits: lexiconHits2, paperFields: paperFields2 } = await Promise.resolve().then(() => (init_extract(), extract_exports));
var { loadModel: loadModel2 } = await Promise.resolve().then(() => (init_model(), model_exports));
var { tagger: tagger2, wordPriors: wordPriors2 } = await Promise.resolve().then(() => (init_tagger(), tagger_exports));
var { loadLexicon: loadLexicon2 } = await Promise.resolve().then(() => (init_lexicon(), lexicon_exports));
var ROOT = "/work/shared/external/paperlists";
var papers = [];
for (const venue of readdirSync(ROOT)) for (const file of readdirSync(join(ROOT, venue)))
  for (const p of JSON.parse(readFileSync3(join(ROOT, venue, file), "utf8"))) if (p.abstract) papers.push({ title: p.title ?? "", abstract: p.abstract });
var lex = loadLexicon2();
var hitsOf = lexiconHits2(lex);
var prepared = papers.slice(0, 8e3).flatMap((p) => paperFields2(p).map((f) => ({ f, h: hitsOf(f) })));
var tg = tagger2(loadModel2().tagger, wordPriors2(lex));
var t0 = performance.now();
var n = 0;
for (const { f, h } of prepared) n += tg.tag(f, h).length;
console.log("tag ms per paper", ((performance.now() - t0) / 8e3).toFixed(3), n);
t0 = performance.now();
for (const { f, h } of prepared) n += tg.tag(f, h).length;
console.log("tag ms per paper (warm)", ((performance.now() - t0) / 8e3).toFixed(3), n);

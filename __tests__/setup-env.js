// cdktf reads these when it is first imported, so they are set before any test module loads.
process.env.TERRAFORM_BINARY_NAME = process.env.TERRAFORM_BINARY_NAME || "tofu";
process.env.CHECKPOINT_DISABLE = "1";

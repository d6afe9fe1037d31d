"""Fine-tuning: RunConfig → TRL SFTTrainer with PEFT LoRA/QLoRA, run directories, callbacks."""

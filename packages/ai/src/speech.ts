import OpenAI, { toFile } from "openai";

export const TTS_VOICES = ["nova", "alloy", "echo", "fable", "onyx", "shimmer"] as const;
export type TtsVoice = (typeof TTS_VOICES)[number];

/** Speech-to-text and text-to-speech through the same OpenAI-compatible provider. */
export type Speech = {
  transcribe: (audio: {
    data: Buffer;
    filename: string;
    mime: string;
    language?: string | undefined;
  }) => Promise<string>;
  synthesize: (text: string, voice: TtsVoice) => Promise<{ data: Buffer; mime: string }>;
};

export const createSpeech = (options: {
  client: OpenAI;
  transcriptionModel: string;
  speechModel: string;
}): Speech => ({
  transcribe: async ({ data, filename, mime, language }) => {
    const result = await options.client.audio.transcriptions.create({
      model: options.transcriptionModel,
      file: await toFile(data, filename, { type: mime }),
      ...(language ? { language } : {}),
    });
    return result.text.trim();
  },
  synthesize: async (text, voice) => {
    const response = await options.client.audio.speech.create({
      model: options.speechModel,
      voice,
      input: text.slice(0, 4096),
      response_format: "mp3",
    });
    return { data: Buffer.from(await response.arrayBuffer()), mime: "audio/mpeg" };
  },
});

export { OpenAI };

import { siTelegram } from 'simple-icons';

export default siTelegram.path;

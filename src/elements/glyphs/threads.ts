import { siThreads } from 'simple-icons';

export default siThreads.path;
